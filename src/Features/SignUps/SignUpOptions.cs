using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps;

/// <summary>Sign-up settings (<c>SignUps:…</c>).</summary>
public sealed class SignUpOptions
{
    /// <summary>The union's local time offset, for showing times and reading "周六" (China has no DST).</summary>
    public TimeSpan UtcOffset { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long before the start members can check in.</summary>
    public TimeSpan CheckInOpensBefore { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Check-in stays open until the end, and at least this long after the start.</summary>
    public TimeSpan CheckInLastsAtLeast { get; set; } = TimeSpan.FromHours(3);

    /// <summary>How long a sender holds a notice before another may retry it.</summary>
    public TimeSpan NoticeLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often unsent notices are retried.</summary>
    public TimeSpan NoticeSweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Seed sample clubs and activities into an empty database.</summary>
    public bool SeedSamples { get; set; } = true;
}
