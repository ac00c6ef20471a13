using System.Text.Json.Serialization;

namespace EngageBot.Features.SignUps.Forms;

/// <summary>Source-generated JSON for the sign-up form admin API (camelCase, nulls omitted, kinds as names).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(FormRequest))]
[JsonSerializable(typeof(FormResponse))]
public sealed partial class FormAdminJson : JsonSerializerContext
{
    /// <summary>What the endpoints write with: these contracts over <see cref="EngageBot.Core.Json.ApiJson"/>'s readable encoder.</summary>
    public static FormAdminJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}
