using System.Text.Json.Serialization;

namespace EngageBot.Core.Turns;

/// <summary>Source-generated JSON for the turn layer's own state (enums stored by name, never CLR type names).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Language?), TypeInfoPropertyName = "NullableLanguage")]
public sealed partial class TurnsJson : JsonSerializerContext;
