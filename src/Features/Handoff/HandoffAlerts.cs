using System.Collections.Concurrent;
using System.Threading.Channels;

namespace EngageBot.Features.Handoff;

/// <summary>
/// Fans hand-off alerts out to every console connected to this instance. Each subscriber has a small bounded
/// queue: a stalled browser loses its oldest alerts (the inbox reloads the list anyway), never the bot's turn.
/// </summary>
public sealed class HandoffAlerts
{
    private const int QueueLength = 32;
    private readonly ConcurrentDictionary<Channel<HandoffAlert>, byte> _subscribers = new();

    public int SubscriberCount => _subscribers.Count;

    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<HandoffAlert>(new BoundedChannelOptions(QueueLength)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        _subscribers.TryAdd(channel, 0);
        return new Subscription(this, channel);
    }

    public void Publish(HandoffAlert alert)
    {
        foreach (var channel in _subscribers.Keys)
        {
            channel.Writer.TryWrite(alert);
        }
    }

    /// <summary>One console's alerts; disposing it unsubscribes.</summary>
    public sealed class Subscription(HandoffAlerts owner, Channel<HandoffAlert> channel) : IDisposable
    {
        public ChannelReader<HandoffAlert> Reader => channel.Reader;

        public void Dispose() => owner._subscribers.TryRemove(channel, out _);
    }
}
