namespace EngageBot.Features.Channels.WeCom.Robots;

/// <summary>WeCom group robots (<c>WeCom:Robots:…</c>).</summary>
public sealed class WeComRobotOptions
{
    public const string Section = "WeCom:Robots";

    /// <summary>Where robot webhooks live; the robot's key is appended as <c>/cgi-bin/webhook/send?key=…</c>.</summary>
    public Uri WebhookBaseUrl { get; set; } = new("https://qyapi.weixin.qq.com");

    /// <summary>WeCom's documented limit: 20 messages per minute per robot.</summary>
    public int MessagesPerMinute { get; set; } = 20;
}
