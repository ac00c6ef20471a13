using EngageBot.Core.Turns;

namespace EngageBot.Features.Dialogs;

/// <summary>What the bot says, in both languages.</summary>
public static class BotTexts
{
    public static readonly Localized Welcome = new(
        "您好，我是工会小助手 👋 可以问我会员福利、俱乐部和活动，也可以直接报名。发送“帮助”查看我能做什么。",
        "Hello, I'm the union assistant 👋 Ask me about member benefits, clubs and activities, or sign up right here. Send \"help\" to see what I can do.");

    public static readonly Localized Help = new(
        "我可以帮您：\n1. 查询会员福利（互助保障、会员服务卡、困难帮扶…）\n2. 了解俱乐部（棋牌、瑜伽、书画、摄影、太极…）\n3. 查看近期活动\n4. 报名活动、查看或取消我的报名\n5. 转人工，由工会工作人员回复您\n直接用自己的话问就行，比如“生病住院能报销吗”“这周末有什么活动”。",
        "I can help you:\n1. Look up member benefits (mutual-aid insurance, member service card, hardship support…)\n2. Learn about clubs (chess, yoga, calligraphy, photography, tai chi…)\n3. See upcoming activities\n4. Sign up for activities, see or cancel my sign-ups\n5. Talk to a person on the union staff\nJust ask in your own words, e.g. \"does the union cover hospital bills\" or \"what's on this weekend\".");

    public static readonly Localized Fallback = new(
        "抱歉，这个问题超出了我能回答的范围，我主要解答工会会员服务、俱乐部和活动方面的问题。您可以发送“帮助”看看我能做什么，或发送“转人工”联系工会工作人员。",
        "Sorry, that's outside what I can help with; I answer questions about union member services, clubs and activities. Send \"help\" to see what I can do, or \"talk to a person\" to reach the union staff.");

    /// <summary>A picture or a voice message with no text (WeChat gave no recognition): the bot cannot read it, and says so.</summary>
    public static readonly Localized MediaOnly = new(
        "收到了，不过我还看不了图片、也听不了语音。请用文字告诉我您想问什么；需要工作人员看图或听语音，请发送“转人工”。",
        "Got it, but I can't look at pictures or listen to voice messages yet. Please type your question, or send \"talk to a person\" so the union staff can see or hear it.");

    public static readonly Localized Greeting = new("您好！有什么可以帮您？", "Hi! How can I help?");

    public static readonly Localized Thanks = new("不客气 😊 还有什么可以帮您？", "You're welcome 😊 Anything else?");

    public static readonly Localized NothingToCancel = new("好的。现在没有进行中的操作，有需要随时找我。", "OK. There's nothing in progress to cancel; I'm here if you need me.");

    public static readonly Localized Clarify = new("我不太确定您想问哪一个，是下面这些吗？也可以换个说法再问我，或发送“转人工”。", "I'm not sure which of these you mean. Pick one, ask again in other words, or send \"talk to a person\".");

    public static readonly Localized Subscribed = new("已为您开启活动通知，有新活动会第一时间告诉您。发送“退订通知”可随时关闭。", "Activity notices are on: I'll tell you about new activities. Send \"unsubscribe\" to turn them off at any time.");

    public static readonly Localized Unsubscribed = new("好的，已为您退订活动通知。您报名的活动提醒仍会照常发送。想再收到通知，发送“订阅通知”即可。", "Done — you won't get union notices any more. Reminders for activities you signed up for still come. Send \"subscribe\" to get notices again.");

    public static readonly Localized SignUpsHowTo = new("查看报名请发送“我的报名”；要取消，请发送“取消”加活动名，例如“取消瑜伽报名”。", "To see your sign-ups, send \"my sign-ups\"; to cancel one, name it, for example \"cancel my yoga sign-up\".");

    public static readonly Localized HandOff = new("转人工", "Talk to a person");

    public static readonly Localized UpcomingActivities = new("近期活动", "Upcoming activities");

    public static readonly Localized MySignUps = new("我的报名", "My sign-ups");

    public static Localized ActivitiesIn(Localized when) => new($"{when.Zh}的活动：", $"Activities {when.En}:");

    public static Localized NoActivitiesIn(Localized? when) => when is null
        ? new("近期还没有发布新的活动，发送“订阅通知”可以第一时间收到。各俱乐部的常规活动照常进行，发送“俱乐部”了解。", "No new activities are published yet; send \"subscribe\" to hear first. Club sessions run as usual: send \"clubs\" to see them.")
        : new($"{when.Zh}还没有发布的活动。发送“近期活动”看看其他时间，或发送“订阅通知”第一时间收到新活动。", $"Nothing is published for {when.En} yet. Send \"upcoming activities\" for other dates, or \"subscribe\" to hear about new ones first.");

    public static Localized ClubDetails(Knowledge.ClubDetails club) => new(
        $"🕒 时间：{club.Schedule.Zh}\n📍 地点：{club.Place.Zh}\n☎ 联系：{club.Contact.Zh}",
        $"🕒 When: {club.Schedule.En}\n📍 Where: {club.Place.En}\n☎ Contact: {club.Contact.En}");

    public static readonly IReadOnlyList<Localized> MenuActions =
    [
        new("会员福利", "Member benefits"),
        new("俱乐部", "Clubs"),
        UpcomingActivities,
        MySignUps,
        HandOff,
    ];
}
