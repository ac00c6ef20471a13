using System.Text.Json.Serialization;

namespace EngageBot.Dialogs.Routes;

/// <summary>Source-generated JSON for the routes' own state.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(int))]
public sealed partial class RoutesJson : JsonSerializerContext;
