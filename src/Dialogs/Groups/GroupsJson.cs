using System.Text.Json.Serialization;

namespace EngageBot.Dialogs.Groups;

/// <summary>Source-generated JSON for group state.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ChainState))]
public sealed partial class GroupsJson : JsonSerializerContext;
