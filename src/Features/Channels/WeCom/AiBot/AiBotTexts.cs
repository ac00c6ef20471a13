using EngageBot.Core.Turns;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>What the robot says itself, before any turn.</summary>
public static class AiBotTexts
{
    /// <summary>{0}: where to bind (the member page link, or the app in the WeCom workbench).</summary>
    public static readonly Localized BindFirst = new(
        "参加接龙前，请先绑定您的企业微信账号：{0}，用会员号登录一次即可。绑定后再发“@我 +1”。",
        "Please bind your WeCom account before joining a chain: {0}, and sign in with your member number once. Then send \"@me +1\" again.");

    /// <summary>{0}: where to bind. For any other action (报名, 取消, 签到, a card press) by an account not bound yet.</summary>
    public static readonly Localized BindToAct = new(
        "报名、取消和签到前，请先绑定您的企业微信账号：{0}，用会员号登录一次即可。绑定后再试一次；提问不用绑定。",
        "Please bind your WeCom account before signing up, cancelling or checking in: {0}, and sign in with your member number once. Then try again; questions need no binding.");

    /// <summary>The welcome for a user's first visit of the day to the robot's 1:1 chat (进入会话事件, doc 101027).</summary>
    public const string Welcome = "您好，我是工会小助手。可以直接问我工会的事，或发“近期活动”看看最近的活动；在群里请先@我。\nHello! Ask me about the union, or send \"activities\".";

    public static readonly Localized BindAt = new("在企业微信里打开会员页 {0}", "open the member page {0} inside WeCom");

    public static readonly Localized BindInWorkbench = new("在企业微信工作台打开“会员服务”", "open the member service app in the WeCom workbench");
}
