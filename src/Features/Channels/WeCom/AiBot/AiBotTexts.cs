using EngageBot.Core.Turns;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>What the robot says itself, before any turn.</summary>
public static class AiBotTexts
{
    /// <summary>{0}: where to bind (the member page link, or the app in the WeCom workbench).</summary>
    public static readonly Localized BindFirst = new(
        "参加接龙前，请先绑定您的企业微信账号：{0}，用会员号登录一次即可。绑定后再发“@我 +1”。",
        "Please bind your WeCom account before joining a chain: {0}, and sign in with your member number once. Then send \"@me +1\" again.");

    public static readonly Localized BindAt = new("在企业微信里打开会员页 {0}", "open the member page {0} inside WeCom");

    public static readonly Localized BindInWorkbench = new("在企业微信工作台打开“会员服务”", "open the member service app in the WeCom workbench");
}
