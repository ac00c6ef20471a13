using System.Text.Json.Serialization;

namespace EngageBot.Features.SignUps.Forms;

/// <summary>Source-generated JSON for stored form fields and answers (camelCase, kinds as names).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(List<FormField>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
public sealed partial class FormJson : JsonSerializerContext;
