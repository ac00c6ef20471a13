using System.Text.Json.Serialization;
using EngageBot.Features.SignUps.Forms;

namespace EngageBot.Features.SignUps.Series;

/// <summary>Source-generated JSON for the series admin API (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SeriesRequest))]
[JsonSerializable(typeof(SeriesChangeRequest))]
[JsonSerializable(typeof(SeriesResponse))]
[JsonSerializable(typeof(List<SeriesSummaryResponse>))]
[JsonSerializable(typeof(FormRequest))]
[JsonSerializable(typeof(List<FormResponse>))]
public sealed partial class SeriesJson : JsonSerializerContext
{
    /// <summary>What the endpoints write with: these contracts over <see cref="EngageBot.Core.Json.ApiJson"/>'s readable encoder.</summary>
    public static SeriesJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}
