using System.Text.Json.Serialization;

namespace EngageBot.Features.Channels.WeChat.Templates;

/// <summary>The template endpoints' and store's JSON: camelCase, nulls omitted.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyDictionary<string, NoticeField>))]
[JsonSerializable(typeof(WeChatNoticeTemplate))]
[JsonSerializable(typeof(TemplateList))]
public sealed partial class TemplatesJson : JsonSerializerContext;
