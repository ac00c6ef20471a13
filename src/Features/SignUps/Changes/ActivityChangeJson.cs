using System.Text.Json.Serialization;

namespace EngageBot.Features.SignUps.Changes;

/// <summary>Source-generated JSON for the changes list (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<ActivityChangeResponse>))]
public sealed partial class ActivityChangeJson : JsonSerializerContext
{
    /// <summary>What the endpoint writes with: these contracts over <see cref="EngageBot.Core.Json.ApiJson"/>'s readable encoder.</summary>
    public static ActivityChangeJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}
