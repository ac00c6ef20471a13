using System.Text.Json;
using System.Text.Json.Nodes;

namespace EngageBot.Core.State;

/// <summary>
/// One state document (a conversation's or a user's) for the length of a turn. Reads are typed through
/// <see cref="StateProperty{T}"/>; a document nobody changed is not written back.
/// </summary>
public sealed class StateBag
{
    private readonly JsonObject _root;
    private readonly string? _etag;
    private bool _changed;

    public StateBag(string key, StoredState? stored)
    {
        Key = key;
        _etag = stored?.ETag;
        _root = stored is null ? [] : JsonNode.Parse(stored.Json) as JsonObject ?? [];
    }

    public string Key { get; }

    public T? Get<T>(StateProperty<T> property) =>
        _root.TryGetPropertyValue(property.Name, out var node) && node is not null
            ? node.Deserialize(property.TypeInfo)
            : default;

    public void Set<T>(StateProperty<T> property, T value)
    {
        _root[property.Name] = JsonSerializer.SerializeToNode(value, property.TypeInfo);
        _changed = true;
    }

    public void Remove<T>(StateProperty<T> property) => _changed |= _root.Remove(property.Name);

    /// <summary>The compare-and-swap write for this turn, or null when nothing changed.</summary>
    public StateWrite? ToWrite() => _changed ? new StateWrite(Key, _root.ToJsonString(), _etag) : null;
}
