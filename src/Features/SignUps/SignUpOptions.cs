using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps;

/// <summary>Sign-up settings (<c>SignUps:…</c>).</summary>
public sealed class SignUpOptions
{
    /// <summary>How long before the start members can check in.</summary>
    public TimeSpan CheckInOpensBefore { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Check-in stays open until the end, and at least this long after the start.</summary>
    public TimeSpan CheckInLastsAtLeast { get; set; } = TimeSpan.FromHours(3);

    /// <summary>Seed sample clubs and activities into an empty database.</summary>
    public bool SeedSamples { get; set; } = true;
}
