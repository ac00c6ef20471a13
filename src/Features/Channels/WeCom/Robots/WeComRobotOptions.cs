namespace EngageBot.Features.Channels.WeCom.Robots;

/// <summary>WeCom group robots (<c>WeCom:Robots:…</c>).</summary>
public sealed class WeComRobotOptions
{
    public const string Section = "WeCom:Robots";

    /// <summary>Where robot webhooks live; the robot's key is appended as <c>/cgi-bin/webhook/send?key=…</c>.</summary>
    public Uri WebhookBaseUrl { get; set; } = new("https://qyapi.weixin.qq.com");

    /// <summary>WeCom's documented limit: 20 messages per minute per robot.</summary>
    public int MessagesPerMinute { get; set; } = 20;

    /// <summary>
    /// The service's public address (e.g. <c>https://union.example.cn/</c>): a notice with a sign-up posted by a robot
    /// links there, to the activity's sign-up screen. Empty: the post says to sign up in the app instead.
    /// </summary>
    public Uri? MemberPageUrl { get; set; }

    /// <summary>How a notice with a sign-up is posted: markdown with the link, or a text_notice template card whose jump opens it.</summary>
    public RobotSignUpStyle SignUpAs { get; set; } = RobotSignUpStyle.Markdown;
}

/// <summary>
/// One message per notice either way: a robot cannot take two messages atomically, and a retried second message
/// would post the first twice.
/// </summary>
public enum RobotSignUpStyle
{
    /// <summary>The notice as markdown, with a 「立即报名」 link.</summary>
    Markdown,

    /// <summary>A <c>template_card</c> of type <c>text_notice</c>: the notice text, a jump 「立即报名」, the whole card a link.</summary>
    TemplateCard,
}
