using System.Text.Json.Serialization;

namespace EngageBot.Features.Dialogs;

/// <summary>Source-generated JSON for dialog state (camelCase, no CLR type names).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Dictionary<string, DialogFrame>))]
public sealed partial class FlowsJson : JsonSerializerContext;
