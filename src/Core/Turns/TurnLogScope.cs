using System.Collections;
using EngageBot.Core.State;

namespace EngageBot.Core.Turns;

/// <summary>The log scope of one turn: which conversation and activity, never who or what was said.</summary>
internal sealed record TurnLogScope(string ChannelId, string ConversationId, string? ActivityId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    /// <summary>
    /// The scope of a turn. A 1:1 chat named after its member (WeChat's openid, a WeCom userid) would put a personal id
    /// in every line, so such a conversation is logged as a pseudonym (<c>p:</c> and 12 hex of its SHA-256): lines of
    /// one chat still group together, and nobody reads the account off them.
    /// </summary>
    public static TurnLogScope For(ConversationKey conversation, EngageBot.Core.Protocol.Activity activity) => new(
        conversation.ChannelId,
        conversation.ConversationId == activity.From?.Id
            ? "p:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(conversation.ConversationId)))[..12]
            : conversation.ConversationId,
        activity.Id);

    private KeyValuePair<string, object?>[] Items =>
        [new("ChannelId", ChannelId), new("ConversationId", ConversationId), new("ActivityId", ActivityId)];

    public KeyValuePair<string, object?> this[int index] => Items[index];

    public int Count => 3;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{ChannelId}/{ConversationId}/{ActivityId}";
}
