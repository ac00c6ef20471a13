using System.Text.Json.Serialization;
using EngageBot.Scheduler.Notices;

namespace EngageBot.Bot.Notices;

/// <summary>The admin notices API's JSON: camelCase, nulls omitted.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(NoticeDraft))]
[JsonSerializable(typeof(NoticeView))]
[JsonSerializable(typeof(NoticeList))]
[JsonSerializable(typeof(NoticePreview))]
public sealed partial class NoticesApiJson : JsonSerializerContext
{
    /// <summary>What the endpoints write with: these contracts over <see cref="Endpoints.ApiJson"/>'s readable encoder.</summary>
    // Lazy: the generated Default lives in another part, whose static initialisers may run after ours.
    public static NoticesApiJson Api => field ??= new(Endpoints.ApiJson.Readable(Default.Options));
}
