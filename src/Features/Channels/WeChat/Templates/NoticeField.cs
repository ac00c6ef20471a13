using System.Text.Json.Serialization;

namespace EngageBot.Features.Channels.WeChat.Templates;

/// <summary>What of a notice can fill a template key.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NoticeField>))]
public enum NoticeField
{
    /// <summary>The notice's first line.</summary>
    [JsonStringEnumMemberName("title")]
    Title,

    /// <summary>The whole (Chinese) text.</summary>
    [JsonStringEnumMemberName("text")]
    Text,

    /// <summary>When the notice's activity starts, in the union's time zone (<c>2026年12月5日 14:00</c>).</summary>
    [JsonStringEnumMemberName("activityTime")]
    ActivityTime,

    /// <summary>Where the notice's activity is held.</summary>
    [JsonStringEnumMemberName("place")]
    Place,

    /// <summary>The member page (<c>WeChat:SignInUrl</c>).</summary>
    [JsonStringEnumMemberName("link")]
    Link,
}
