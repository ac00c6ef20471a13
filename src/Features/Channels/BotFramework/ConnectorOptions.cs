namespace EngageBot.Features.Channels.BotFramework;

/// <summary>The Connector client's resilience (<c>Connector:…</c>); see <see cref="ConnectorResilience"/> for who retries what.</summary>
public sealed class ConnectorOptions
{
    /// <summary>Tries per activity, the first included.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First backoff after a 429/5xx without Retry-After; doubled each retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>No wait between tries is longer than this, whatever Retry-After asks.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>One try's limit; a slower answer counts as no answer.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Failed tries to one channel host (at least half of those in 30 s) before its circuit opens.</summary>
    public int BreakAfter { get; set; } = 20;

    /// <summary>How long an open circuit fails sends at once (they go to the outbox) before one is let through.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);
}
