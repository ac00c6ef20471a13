using EngageBot.Features.Notices;

namespace EngageBot.Features.Outbox;

/// <summary>
/// Outbox delivery settings (<c>Delivery:…</c>). <see cref="Concurrency"/> is both the claimed batch and the
/// number of sends in flight, so it bounds what a SIGKILL can repeat.
/// </summary>
public sealed class DeliveryOptions
{
    public int Concurrency { get; set; } = 32;

    /// <summary>Sends per second per channel id unless <see cref="Channels"/> says otherwise.</summary>
    public double RatePerSecond { get; set; } = 100;

    /// <summary>Per-channel overrides, e.g. <c>Delivery:Channels:msteams:RatePerSecond</c>.</summary>
    public IDictionary<string, ChannelDeliveryOptions> Channels { get; } = new Dictionary<string, ChannelDeliveryOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Tries per recipient before a transient failure (429, 5xx, network) becomes permanent.</summary>
    public int MaxAttempts { get; set; } = 6;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a claimed row is reserved for one dispatcher before another may take it (clustered).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often an idle dispatcher looks for due rows (new rows wake it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public double RateFor(string channelId) =>
        Channels.TryGetValue(channelId, out var channel) && channel.RatePerSecond > 0 ? channel.RatePerSecond : RatePerSecond;
}
