using System.Text.Json.Nodes;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>
/// The 公众号 menu (会员服务 / 近期活动 / 我的报名): the keys its CLICK buttons send, and what each one says to the bot.
/// </summary>
public static class WeChatMenu
{
    public const string Activities = "ENGAGEBOT_ACTIVITIES";
    public const string MySignUps = "ENGAGEBOT_MY_SIGNUPS";
    public const string Help = "ENGAGEBOT_HELP";

    /// <summary>
    /// The menu as <c>/cgi-bin/menu/create</c> takes it: 会员服务 opens the member page when there is one (a VIEW button)
    /// or asks for help; 近期活动 and 我的报名 are CLICK buttons whose keys run the commands of the same name.
    /// </summary>
    public static JsonObject Definition(string signInUrl)
    {
        JsonObject Click(string name, string key) => new() { ["type"] = "click", ["name"] = name, ["key"] = key };
        var service = Uri.TryCreate(signInUrl, UriKind.Absolute, out var page)
            ? new JsonObject { ["type"] = "view", ["name"] = "会员服务", ["url"] = page.ToString() }
            : Click("会员服务", Help);
        return new JsonObject { ["button"] = new JsonArray(service, Click("近期活动", Activities), Click("我的报名", MySignUps)) };
    }

    /// <summary>The text a CLICK on <paramref name="eventKey"/> stands for; null for keys this service did not set.</summary>
    public static string? TextFor(string? eventKey) => eventKey switch
    {
        Activities => "近期活动",
        MySignUps => "我的报名",
        Help => "帮助",
        _ => null,
    };
}
