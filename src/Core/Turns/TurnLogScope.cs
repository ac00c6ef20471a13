using System.Collections;

namespace EngageBot.Core.Turns;

/// <summary>The log scope of one turn: which conversation and activity, never who or what was said.</summary>
internal sealed record TurnLogScope(string ChannelId, string ConversationId, string? ActivityId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    private KeyValuePair<string, object?>[] Items =>
        [new("ChannelId", ChannelId), new("ConversationId", ConversationId), new("ActivityId", ActivityId)];

    public KeyValuePair<string, object?> this[int index] => Items[index];

    public int Count => 3;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{ChannelId}/{ConversationId}/{ActivityId}";
}
