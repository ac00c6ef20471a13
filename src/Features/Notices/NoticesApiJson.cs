using System.Text.Json.Serialization;

namespace EngageBot.Features.Notices;

/// <summary>The admin notices API's JSON: camelCase, nulls omitted.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(NoticeDraft))]
[JsonSerializable(typeof(NoticeView))]
[JsonSerializable(typeof(NoticeList))]
[JsonSerializable(typeof(NoticePreview))]
[JsonSerializable(typeof(DeliveryPage))]
public sealed partial class NoticesApiJson : JsonSerializerContext
{
    /// <summary>What the endpoints write with: these contracts over <see cref="EngageBot.Core.Json.ApiJson"/>'s readable encoder.</summary>
    // Lazy: the generated Default lives in another part, whose static initialisers may run after ours.
    public static NoticesApiJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}
