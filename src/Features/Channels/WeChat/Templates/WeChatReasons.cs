using EngageBot.Features.Channels.Tencent;

namespace EngageBot.Features.Channels.WeChat.Templates;

/// <summary>
/// The words a notice's per-recipient report gives for a WeChat failure (the outbox's <c>reason</c>; the console says
/// them in Chinese): set on the exception, which keeps its status, so the outbox still retries only what is transient.
/// </summary>
public static class WeChatReasons
{
    /// <summary>Outside the 48-hour window, and neither the notice nor the configuration has a template.</summary>
    public const string NotReachable = "wechat_not_reachable";

    /// <summary>The follower unsubscribed: nothing was sent (or WeChat said 43004, "require subscribe").</summary>
    public const string Unsubscribed = "wechat_unsubscribed";

    /// <summary>43101: the follower refused (or cancelled) this subscription notice.</summary>
    public const string Refused = "wechat_refused";

    /// <summary>40037: the template id is wrong (deleted in 公众平台?).</summary>
    public const string BadTemplate = "wechat_bad_template";

    /// <summary>47003: a value breaks its key's rule (an activity changed after the mapping was checked).</summary>
    public const string BadValue = "wechat_bad_value";

    /// <summary>Tags <paramref name="refused"/> with the report's word for its errcode and returns it, to rethrow.</summary>
    public static TencentApiException Tag(TencentApiException refused, string? reason = null)
    {
        refused.Data["Reason"] = reason ?? refused.ErrorCode switch
        {
            45015 => NotReachable,
            43004 => Unsubscribed,
            43101 => Refused,
            40037 => BadTemplate,
            47003 => BadValue,
            -1 => "wechat_busy",
            45009 or 45011 or 45047 => "wechat_rate_limited",
            var code => "wechat_" + code.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return refused;
    }
}
