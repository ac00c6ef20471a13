using System.Globalization;
using EngageBot.Core.Turns;

namespace EngageBot.Features.Polls;

/// <summary>What members are told about polls (zh / en); each refusal says what to do instead.</summary>
public static class PollTexts
{
    public static readonly Localized NoSuchPoll = new(
        "这个投票不存在或已被撤回。", "This poll does not exist or was withdrawn.");

    public static readonly Localized NotInGroup = new(
        "这个投票只限本群成员参加，您不在该群里。如需加入，请联系工会工作人员。",
        "Only members of the group can vote in this poll, and you are not in it. Ask union staff if you should be.");

    public static readonly Localized NotInAudience = new(
        "这个投票没有发给您，所以不能参加。有疑问可以问我或联系工会工作人员。",
        "This poll was not sent to you, so you cannot vote in it. Ask me or union staff if you think it should have been.");

    public static Localized Closed(string question, string questionEn) => new(
        $"投票“{question}”已经截止，不能再投了。结果会发到群里或由工作人员公布。",
        $"The poll \"{questionEn}\" has closed, so votes are no longer accepted. The results are posted to the group or announced by staff.");

    public static Localized BadChoice(int count) => new(
        $"没有这个选项。请回复 1 到 {count} 之间的数字（例如“选2”），或点选项按钮。",
        $"There is no such option. Reply with a number from 1 to {count} (e.g. \"vote 2\"), or tap an option.");

    public static Localized TooMany(int max) => new(
        $"这个投票最多选 {max} 项。请重新选择，例如“选1 3”。",
        $"You may choose at most {max} options in this poll. Please choose again, e.g. \"vote 1 3\".");

    public static Localized SingleOnly => new(
        "这个投票只能选一项。请回复一个数字，例如“选2”。", "This poll takes one choice. Reply with one number, e.g. \"vote 2\".");

    public static Localized Voted(string question, string choices, bool changed, DateTimeOffset closesLocal) => new(
        $"{(changed ? "已改为" : "已投票")}：{choices}（“{question}”）。截止 {Zh(closesLocal)} 前可以改票。",
        $"{(changed ? "Changed your vote to" : "Voted")}: {choices} (\"{question}\"). You can change it until {En(closesLocal)}.");

    /// <summary>An anonymous vote's answer names no option: in a group everyone reads the bot's replies.</summary>
    public static Localized VotedAnonymously(string question, string questionEn, DateTimeOffset closesLocal) => new(
        $"已记录您的匿名投票（“{question}”），不会显示您选了什么。截止 {Zh(closesLocal)} 前可以改票。",
        $"Your anonymous vote is recorded (\"{questionEn}\"); your choice is not shown. You can change it until {En(closesLocal)}.");

    public static Localized Withdrawn(string question) => new(
        $"已撤回您在“{question}”中的投票。", $"Your vote in \"{question}\" was withdrawn.");

    public static string Zh(DateTimeOffset local) => local.ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);

    public static string En(DateTimeOffset local) => local.ToString("MMM d, HH:mm", CultureInfo.InvariantCulture);
}
