namespace EngageBot.Features.Channels.WeChat;

/// <summary>
/// The 公众号 menu (会员服务 / 近期活动 / 我的报名): the keys its CLICK buttons send, and what each one says to the bot.
/// </summary>
public static class WeChatMenu
{
    public const string Activities = "ENGAGEBOT_ACTIVITIES";
    public const string MySignUps = "ENGAGEBOT_MY_SIGNUPS";
    public const string Help = "ENGAGEBOT_HELP";

    /// <summary>The text a CLICK on <paramref name="eventKey"/> stands for; null for keys this service did not set.</summary>
    public static string? TextFor(string? eventKey) => eventKey switch
    {
        Activities => "近期活动",
        MySignUps => "我的报名",
        Help => "帮助",
        _ => null,
    };
}
