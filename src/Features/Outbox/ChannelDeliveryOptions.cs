using EngageBot.Features.Notices;

namespace EngageBot.Features.Outbox;

/// <summary>One channel's delivery limits (<c>Delivery:Channels:{channelId}:…</c>).</summary>
public sealed class ChannelDeliveryOptions
{
    public double RatePerSecond { get; set; }
}
