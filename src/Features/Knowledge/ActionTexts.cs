using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>What the bot says when it declines to act or cannot help: honest, and says who can.</summary>
public static class ActionTexts
{
    public static readonly Localized Declined = new(
        "好的，不做任何更改。需要时直接告诉我，例如“报名周六的瑜伽”“取消瑜伽报名”。",
        "OK, nothing changed. Tell me when you need something, e.g. \"sign me up for yoga\" or \"cancel my yoga sign-up\".");

    public static readonly Localized ConfirmUnsubscribe = new("要为您退订活动通知吗？点“退订通知”确认。", "Shall I turn off union notices? Tap \"unsubscribe\" to confirm.");

    public static readonly Localized ConfirmSubscribe = new("要为您开启活动通知吗？点“订阅通知”确认。", "Shall I turn on union notices? Tap \"subscribe\" to confirm.");

    public static readonly Localized NoticesHowTo = new(
        "发送“订阅通知”开启活动通知，发送“退订通知”关闭；您报名的活动提醒不受影响。",
        "Send \"subscribe\" to get union notices and \"unsubscribe\" to stop them; reminders for your sign-ups still come.");

    public static readonly Localized Unsubscribe = new("退订通知", "unsubscribe");

    public static readonly Localized Subscribe = new("订阅通知", "subscribe");

    public static readonly Localized No = new("不用了", "never mind");

    /// <summary>The honest fallback when only a guess could be asked back: the topics that came closest follow as buttons.</summary>
    public static Localized OutOfScopeWithOffers(Referral referral)
    {
        var text = OutOfScope(referral);
        return new(text.Zh + "\n如果您问的是下面的工会服务，点一下就行。", text.En + "\nIf you meant one of the union services below, tap it.");
    }

    /// <summary>The honest "I can't help with that" and whom to ask instead.</summary>
    public static Localized OutOfScope(Referral referral) => referral switch
    {
        Referral.Hotline12351 => new(
            "抱歉，这个问题我回答不了。劳动权益、工资、劳动关系方面的问题，可以拨打职工服务热线 12351，也可以发送“转人工”联系工会工作人员。",
            "Sorry, I can't answer that. For questions about your rights at work, pay or your employer, call the worker service hotline 12351, or send \"talk to a person\" to reach the union staff."),
        Referral.UnionOffice => new(
            "抱歉，这个问题我回答不了。工会事务请联系您所在单位的工会办公室，或拨打职工服务热线 12351；也可以发送“转人工”。",
            "Sorry, I can't answer that. For union matters, please contact your workplace union office or call the worker service hotline 12351, or send \"talk to a person\"."),
        _ => BotTexts.Fallback,
    };
}
