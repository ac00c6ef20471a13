using EngageBot.Core.Protocol;

namespace EngageBot.Core.Turns;

/// <summary>Picks the sender for a conversation; the first registered sender that handles it wins.</summary>
public sealed class OutboundRouter(IEnumerable<IActivitySender> senders)
{
    private readonly IActivitySender[] _senders = [.. senders];

    public Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        var sender = _senders.FirstOrDefault(s => s.Handles(reference))
            ?? throw new InvalidOperationException($"No sender delivers to channel '{reference.ChannelId}'.");
        return sender.SendAsync(reference, activity, cancellationToken);
    }
}
