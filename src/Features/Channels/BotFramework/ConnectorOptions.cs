namespace EngageBot.Features.Channels.BotFramework;

/// <summary>Retries for Connector REST calls (<c>Connector:…</c>).</summary>
public sealed class ConnectorOptions
{
    /// <summary>Tries per activity, the first included.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First backoff after a 429/5xx without Retry-After; doubled each retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>No wait between tries is longer than this, whatever Retry-After asks.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);
}
