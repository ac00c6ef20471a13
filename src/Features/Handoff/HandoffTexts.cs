using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Handoff;

/// <summary>What members are told about hand-off to staff.</summary>
public static class HandoffTexts
{
    private const string ExpectZh =
        "工会工作人员会在工作日 9:00–17:30 尽快在这里回复您，下班后和节假日的留言顺延到下一个工作日。这期间您发的消息都会转给工作人员，小助手先不插话；想回到小助手，请发送“结束人工”。紧急的法律维权问题，可以直接拨打职工服务热线 12351。";

    private const string ExpectEn =
        "Union staff will reply here as soon as they can on working days, 9:00–17:30; messages after hours or on holidays are answered the next working day. Until then everything you send goes to the staff and I'll stay quiet; send \"back to bot\" to talk to me again. For urgent legal help, call the worker hotline 12351.";

    public static Localized Opened(string ticketId) => new($"好的，已为您转人工（工单号 {ticketId}）。{ExpectZh}", $"OK, I've passed you to a person (ticket {ticketId}). {ExpectEn}");

    public static Localized OpenedAfterMisunderstanding(string ticketId) => new(
        $"抱歉，我好像一直没听明白。我已经请工会工作人员来帮您（工单号 {ticketId}）。{ExpectZh}",
        $"Sorry, I don't seem to understand. I've asked the union staff to help you (ticket {ticketId}). {ExpectEn}");

    public static Localized AlreadyOpen(string ticketId) => new(
        $"您的人工服务（工单号 {ticketId}）还在进行中，工作人员会尽快回复您。",
        $"Your request to staff (ticket {ticketId}) is still open; they'll reply soon.");

    public static readonly Localized EndedByMember = new("好的，已结束人工服务，小助手回来啦。有问题可以继续问我。", "OK, you're back with the bot. Ask me anything.");

    public static readonly Localized ClosedByStaff = new("工作人员已结束本次人工服务。还有问题可以继续问我，或再次发送“转人工”。", "The staff member has closed this conversation. Ask me anything, or send \"talk to a person\" again.");

    public static readonly Localized NotInHandoff = new("您现在就在和小助手对话，有什么可以帮您？", "You're already talking to the bot. How can I help?");

    public static readonly Localized PrivateOnly = new("个人问题请私聊我，再发送“转人工”，群里不方便处理哦。", "Please message me privately and send \"talk to a person\" there; personal questions aren't handled in groups.");

    public static Localized StaffLabel(string staffName) => new($"【工会工作人员 · {staffName}】", $"[Union staff · {staffName}] ");
}
