using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using EngageBot.Features.Channels.DirectLine;

namespace EngageBot.Features.Handoff;

/// <summary>
/// Fans hand-off alerts out to every console connected to this instance, and (clustered) to the consoles on the
/// others through the instances' signals; an instance skips its own broadcast, so each console hears an alert once.
/// Each subscriber has a small bounded queue: a stalled browser loses its oldest alerts (the inbox reloads the list
/// anyway), never the bot's turn.
/// </summary>
public sealed class HandoffAlerts(IConversationSignals signals, TimeProvider clock) : IClusterAlertListener
{
    public const string SignalTopic = "handoff";

    private const int QueueLength = 32;
    private readonly ConcurrentDictionary<Channel<HandoffAlert>, byte> _subscribers = new();

    public int SubscriberCount => _subscribers.Count;

    public string Topic => SignalTopic;

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

    /// <summary>Call after the ticket's change is committed: other instances' consoles read the list when told.</summary>
    public void Publish(HandoffAlert alert)
    {
        PublishHere(alert);
        signals.Broadcast(ConversationSignal.Alert(SignalTopic, JsonSerializer.Serialize(alert, HandoffJson.Default.HandoffAlert)));
    }

    public void OnAlert(string payload)
    {
        try
        {
            if (JsonSerializer.Deserialize(payload, HandoffJson.Default.HandoffAlert) is { } alert)
            {
                PublishHere(alert);
            }
        }
        catch (JsonException)
        {
            // An instance of another version: its consoles still get it, ours reload at the next alert.
        }
    }

    /// <summary>This instance heard nothing for a while: every console here reloads its list.</summary>
    public void OnResync() => PublishHere(HandoffAlert.Resync(clock.GetUtcNow()));

    private void PublishHere(HandoffAlert alert)
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
