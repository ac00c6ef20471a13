using EngageBot.Dialogs.Turns;

namespace EngageBot.Dialogs;

/// <summary>What the bot says, in both languages.</summary>
public static class BotTexts
{
    public static readonly Localized Welcome = new(
        "您好，我是工会小助手 👋 可以问我会员福利、俱乐部和活动，也可以直接报名。发送“帮助”查看我能做什么。",
        "Hello, I'm the union assistant 👋 Ask me about member benefits, clubs and activities, or sign up right here. Send \"help\" to see what I can do.");

    public static readonly Localized Help = new(
        "我可以帮您：\n1. 查询会员福利（互助保障、会员服务卡、困难帮扶…）\n2. 了解俱乐部（棋牌、瑜伽、书画、摄影、太极…）\n3. 查看近期活动\n4. 报名活动、查看或取消我的报名\n5. 转人工，由工会工作人员回复您",
        "I can help you:\n1. Look up member benefits (mutual-aid insurance, member service card, hardship support…)\n2. Learn about clubs (chess, yoga, calligraphy, photography, tai chi…)\n3. See upcoming activities\n4. Sign up for activities, see or cancel my sign-ups\n5. Talk to a person on the union staff");

    public static readonly Localized Fallback = new(
        "抱歉，这个问题我还不会回答。您可以发送“帮助”查看我能做什么，或发送“转人工”联系工会工作人员。",
        "Sorry, I can't answer that yet. Send \"help\" to see what I can do, or \"talk to a person\" to reach the union staff.");

    public static readonly Localized Greeting = new("您好！有什么可以帮您？", "Hi! How can I help?");

    public static readonly IReadOnlyList<Localized> MenuActions =
    [
        new("会员福利", "Member benefits"),
        new("俱乐部", "Clubs"),
        new("近期活动", "Upcoming activities"),
        new("我的报名", "My sign-ups"),
        new("转人工", "Talk to a person"),
    ];
}
