using System.Collections.Concurrent;

namespace EngageBot.Features.Channels.WeChat.Passive;

/// <summary>
/// The callbacks of this instance that are waiting for their turn, by follower and message id: the turn's replies
/// reach the sender in the turn's own process, so the sender finds the callback that can still carry them here.
/// </summary>
public sealed class PassiveSlots
{
    private readonly ConcurrentDictionary<(string OpenId, string TurnId), PassiveSlot> _open = new();

    /// <summary>Opens the slot for a message, or returns the one a first delivery of it already holds (<paramref name="opened"/> false).</summary>
    public PassiveSlot Open(string openId, string turnId, out bool opened)
    {
        var slot = new PassiveSlot();
        var current = _open.GetOrAdd((openId, turnId), slot);
        opened = ReferenceEquals(current, slot);
        return current;
    }

    /// <summary>Offers a reply to the callback waiting for turn <paramref name="turnId"/> of <paramref name="openId"/>.</summary>
    public PassiveOffer Offer(string openId, string? turnId, string text) =>
        turnId is not null && _open.TryGetValue((openId, turnId), out var slot) ? slot.Offer(text) : PassiveOffer.Closed;

    /// <summary>Closes and forgets the slot; returns the text it took (null: none).</summary>
    public string? Close(string openId, string turnId, PassiveSlot slot)
    {
        var text = slot.Close();
        _open.TryRemove(KeyValuePair.Create((openId, turnId), slot));
        return text;
    }
}
