using System.Globalization;
using EngageBot.Core.Turns;

namespace EngageBot.Features.Handoff;

/// <summary>What members are told about hand-off to staff. Every text while waiting says how to get the bot back.</summary>
public static class HandoffTexts
{
    private const string WhileWaitingZh =
        "在这期间，我能确定答案的问题仍由智能助手回答，其他消息会转给工作人员；发送“帮助”查看菜单，发送“结束人工”回到小助手。紧急的法律维权问题，可以直接拨打职工服务热线 12351。";

    private const string WhileWaitingEn =
        "Meanwhile I'll still answer the questions I'm sure about, and everything else goes to the staff. Send \"help\" for the menu, or send \"back to bot\" to talk to me again. For urgent legal help, call the worker hotline 12351.";

    private static readonly string[] ZhWeekdays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    /// <summary>"工作人员会尽快回复您" now, else "明天（12月3日 周四）9:00 上班后回复您".</summary>
    public static Localized When(ReplyExpectation expect, TimeOnly opens)
    {
        if (expect.Now)
        {
            return new("现在是工作时间，工作人员会尽快在这里回复您。", "Staff are at their desks now and will reply here shortly.");
        }

        var time = opens.ToString("H:mm", CultureInfo.InvariantCulture);
        var date = $"{expect.Day.Month}月{expect.Day.Day}日 {ZhWeekdays[(int)expect.Day.DayOfWeek]}";
        var dateEn = expect.Day.ToString("ddd d MMM", CultureInfo.InvariantCulture);
        var (zh, en) = expect.DaysAhead switch
        {
            0 => ($"今天 {time} 上班后", $"after {time} today"),
            1 => ($"明天（{date}）{time} 上班后", $"after {time} tomorrow ({dateEn})"),
            _ => ($"{date} {time} 上班后（之前是休息日）", $"after {time} on {dateEn} (the days before are days off)"),
        };
        return new($"现在是下班时间，工作人员{zh}会尽快回复您。", $"Staff are off duty now; a person will reply {en}.");
    }

    /// <summary>
    /// When an unanswered hand-off returns to the bot (its return time, in office time, on the union's clock):
    /// "如果到明天（12月4日 周五）11:30 仍没有工作人员回复，会自动为您回到小助手。"
    /// </summary>
    public static Localized ReturnsBy(DateTimeOffset localReturn, DateTimeOffset localNow)
    {
        var day = DateOnly.FromDateTime(localReturn.DateTime);
        var ahead = day.DayNumber - DateOnly.FromDateTime(localNow.DateTime).DayNumber;
        var time = localReturn.ToString("H:mm", CultureInfo.InvariantCulture);
        var date = $"{day.Month}月{day.Day}日 {ZhWeekdays[(int)day.DayOfWeek]}";
        var dateEn = day.ToString("ddd d MMM", CultureInfo.InvariantCulture);
        var (zh, en) = ahead switch
        {
            0 => ($"今天 {time}", $"{time} today"),
            1 => ($"明天（{date}）{time}", $"{time} tomorrow ({dateEn})"),
            _ => ($"{date} {time}", $"{time} on {dateEn}"),
        };
        return new($"如果到{zh} 仍没有工作人员回复，会自动为您回到小助手。", $"If nobody has replied by {en}, you'll be back with the bot automatically.");
    }

    public static Localized Opened(string ticketId, Localized when, Localized returnsBy) => new(
        $"好的，已为您转人工（工单号 {ticketId}）。{when.Zh}{returnsBy.Zh}{WhileWaitingZh}",
        $"OK, I've passed you to a person (ticket {ticketId}). {when.En} {returnsBy.En} {WhileWaitingEn}");

    public static Localized OpenedAfterMisunderstanding(string ticketId, Localized when, Localized returnsBy) => new(
        $"抱歉，我好像一直没听明白。我已经请工会工作人员来帮您（工单号 {ticketId}）。{when.Zh}{returnsBy.Zh}{WhileWaitingZh}",
        $"Sorry, I don't seem to understand. I've asked the union staff to help you (ticket {ticketId}). {when.En} {returnsBy.En} {WhileWaitingEn}");

    public static Localized AlreadyOpen(string ticketId, Localized when) => new(
        $"您的人工服务（工单号 {ticketId}）还在进行中。{when.Zh}发送“结束人工”可回到小助手。",
        $"Your request to staff (ticket {ticketId}) is still open. {when.En} Send \"back to bot\" to talk to me again.");

    /// <summary>The one acknowledgement of messages relayed to staff; later ones are relayed quietly.</summary>
    public static Localized Relayed(Localized when) => new(
        $"收到，已转给工作人员。{when.Zh}之后的消息也会一并转给他们，我就不逐条回复了；发送“结束人工”可回到小助手。",
        $"Got it, I've passed that to the staff. {when.En} I'll pass on your next messages too without replying each time; send \"back to bot\" to talk to me again.");

    /// <summary>A knowledge answer given while the member waits for staff, marked as the assistant's.</summary>
    public static Localized AssistantAnswer(Localized answer) => new(
        $"（智能助手）{answer.Zh}\n\n（您的人工服务仍在等待工作人员回复。）",
        $"(Assistant) {answer.En}\n\n(Your request to staff is still open.)");

    public static Localized ReturnedToBot(string ticketId) => new(
        $"抱歉，工作人员暂时没能回复您，已为您回到小助手（工单号 {ticketId} 已结束，您的留言已记录）。有问题可以继续问我，需要的话再次发送“转人工”。",
        $"Sorry, no one on the staff could reply in time, so you're back with the bot (ticket {ticketId} is closed; your messages were kept). Ask me anything, or send \"talk to a person\" again.");

    public static readonly Localized EndedByMember = new("好的，已结束人工服务，小助手回来啦。有问题可以继续问我。", "OK, you're back with the bot. Ask me anything.");

    public static readonly Localized ClosedByStaff = new("工作人员已结束本次人工服务。还有问题可以继续问我，或再次发送“转人工”。", "The staff member has closed this conversation. Ask me anything, or send \"talk to a person\" again.");

    public static readonly Localized NotInHandoff = new("您现在就在和小助手对话，有什么可以帮您？", "You're already talking to the bot. How can I help?");

    public static readonly Localized PrivateOnly = new("个人问题请私聊我，再发送“转人工”，群里不方便处理哦。", "Please message me privately and send \"talk to a person\" there; personal questions aren't handled in groups.");

    public static Localized StaffLabel(string staffName) => new($"【工会工作人员 · {staffName}】", $"[Union staff · {staffName}] ");
}
