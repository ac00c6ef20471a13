using System.Text.Json.Serialization;

namespace EngageBot.Features.Channels.WeChat.Templates;

/// <summary>Which of WeChat's two ways to reach a follower outside the 48-hour customer-service window.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TemplateKind>))]
public enum TemplateKind
{
    /// <summary>模板消息: <c>/cgi-bin/message/template/send</c>; templates from <c>/cgi-bin/template/get_all_private_template</c>.</summary>
    [JsonStringEnumMemberName("template")]
    Template,

    /// <summary>订阅通知: <c>/cgi-bin/message/subscribe/bizsend</c>; templates from <c>/wxaapi/newtmpl/gettemplate</c>.</summary>
    [JsonStringEnumMemberName("subscription")]
    Subscription,
}
