using System.Text.Json.Serialization.Metadata;

namespace EngageBot.Core.State;

/// <summary>
/// A typed slot in a state document. Each feature declares its own properties, so state stays typed
/// without one shared record that every feature has to edit.
/// </summary>
public sealed class StateProperty<T>(string name, JsonTypeInfo<T> typeInfo)
{
    public string Name { get; } = name;

    public JsonTypeInfo<T> TypeInfo { get; } = typeInfo;
}
