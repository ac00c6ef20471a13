using System.Text.Json.Serialization;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Notices;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.Knowledge;

/// <summary>Source-generated JSON for the routes' own state.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(int))]
public sealed partial class RoutesJson : JsonSerializerContext;
