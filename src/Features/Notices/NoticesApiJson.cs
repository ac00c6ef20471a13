using System.Text.Json.Serialization;

namespace EngageBot.Features.Notices;

/// <summary>The admin notices API's JSON: camelCase, nulls omitted.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(NoticeDraft))]
[JsonSerializable(typeof(NoticeView))]
[JsonSerializable(typeof(NoticeList))]
[JsonSerializable(typeof(NoticePreview))]
public sealed partial class NoticesApiJson : JsonSerializerContext;
