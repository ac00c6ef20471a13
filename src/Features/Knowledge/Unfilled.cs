using EngageBot.Core.Turns;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Answers staff fill in (the union service centre's address, phone and hours ship as "【待填写】"): a line still
/// marked is never sent to members, and when no detail is left the member is told honestly where to ask instead.
/// The editor shows the marked lines, which tell staff what to fill in.
/// </summary>
public static class Unfilled
{
    public const string MarkZh = "【待填写】";

    public const string MarkEn = "[to be filled in]";

    public static readonly Localized NotYetFilled = new(
        "工会服务中心的地址、电话和办公时间还没有登记在这里。您可以先拨打职工服务热线 12351 询问，或发送“转人工”请工会工作人员告诉您。",
        "The union service centre's address, phone and office hours have not been entered here yet. You can call the worker service hotline 12351, or send \"talk to a person\" and the union staff will tell you.");

    /// <summary>True while any line of the answer still carries the mark.</summary>
    public static bool IsUnfilled(Localized answer) => Has(answer.Zh) || Has(answer.En);

    /// <summary>The answer as members see it: marked lines left out; only a heading left means nothing is filled in.</summary>
    public static Localized ForMembers(Localized answer) =>
        IsUnfilled(answer) ? new(Keep(answer.Zh, NotYetFilled.Zh), Keep(answer.En, NotYetFilled.En)) : answer;

    private static string Keep(string text, string instead)
    {
        var lines = text.Split('\n').Where(line => !Has(line)).ToList();
        return lines.Count(line => line.Trim().Length > 0) > 1 ? string.Join('\n', lines) : instead;
    }

    private static bool Has(string text) =>
        text.Contains(MarkZh, StringComparison.Ordinal) || text.Contains(MarkEn, StringComparison.OrdinalIgnoreCase);
}
