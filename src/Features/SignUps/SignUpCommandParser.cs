using System.Text.RegularExpressions;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Typed sign-up commands in Chinese and English ("报名周六的瑜伽", "I want to sign up for calligraphy", "取消瑜伽报名",
/// "我的报名", "签到 123456"), read by <see cref="ActionPhrases"/> like every other action: questions ("瑜伽怎么报名？")
/// and negations ("别给我报") are no command, and a request the bot only inferred ("我想参加瑜伽") comes back
/// with <see cref="SignUpCommand.Confirm"/> set.
/// </summary>
public static partial class SignUpCommandParser
{
    /// <summary>The command a text gives: a text read before gets its kept reading (<see cref="KeptCommands"/>).</summary>
    public static SignUpCommand? Parse(string text) => KeptCommands.Parse(text);

    /// <summary>Reads the text afresh: a pure function of the text (the phrase lists are fixed in code).</summary>
    internal static SignUpCommand? Read(string text)
    {
        var t = Whitespace().Replace(text.Trim(), " ").TrimEnd('。', '.', '!', '！');
        if (t.Length == 0 || t.Length > 60)
        {
            return null;
        }

        var normalized = TextNormalizer.Normalize(t);
        if (!ActionPhrases.IsQuestion(t, normalized) && GiveName().Match(t) is { Success: true } named)
        {
            return new SignUpCommand(SignUpCommandKind.SetName, t, null, null, false, named.Groups["name"].Value.Trim());
        }

        var lower = t.ToLowerInvariant();
        var (inDays, weekday, weekend) = Day(lower);
        return ActionPhrases.Read(t, normalized) switch
        {
            { Action: MemberAction.CheckIn, Mode: ActionMode.Command } =>
                new SignUpCommand(SignUpCommandKind.CheckIn, t, null, null, false, SignUpCodes.CheckInCode(normalized)),
            { Action: MemberAction.MySignUps } => new SignUpCommand(SignUpCommandKind.MySignUps, t, null, null, false, null),
            { Action: MemberAction.CancelSignUp, Mode: ActionMode.Command or ActionMode.Confirm } =>
                new SignUpCommand(SignUpCommandKind.Cancel, t, inDays, weekday, weekend, null),
            { Action: MemberAction.SignUp, Mode: ActionMode.Command or ActionMode.Confirm } reading =>
                new SignUpCommand(SignUpCommandKind.SignUp, t, inDays, weekday, weekend, null) { Confirm = reading.Mode == ActionMode.Confirm || reading.Weak },
            _ => null,
        };
    }

    private static (int? InDays, DayOfWeek? Weekday, bool Weekend) Day(string text)
    {
        if (text.Contains("今天", StringComparison.Ordinal) || text.Contains("今晚", StringComparison.Ordinal) || text.Contains("today", StringComparison.Ordinal) || text.Contains("tonight", StringComparison.Ordinal))
        {
            return (0, null, false);
        }

        if (text.Contains("明天", StringComparison.Ordinal) || text.Contains("明晚", StringComparison.Ordinal) || text.Contains("tomorrow", StringComparison.Ordinal))
        {
            return (1, null, false);
        }

        if (text.Contains("后天", StringComparison.Ordinal))
        {
            return (2, null, false);
        }

        if (text.Contains("周末", StringComparison.Ordinal) || text.Contains("weekend", StringComparison.Ordinal))
        {
            return (null, null, true);
        }

        if (ChineseWeekday().Match(text) is { Success: true } zh)
        {
            return (null, "日天一二三四五六".IndexOf(zh.Groups["d"].Value[0], StringComparison.Ordinal) switch
            {
                0 or 1 => DayOfWeek.Sunday,
                var i => (DayOfWeek)(i - 1),
            }, false);
        }

        foreach (var (day, name, abbreviation) in EnglishDays)
        {
            if (text.Contains(name, StringComparison.Ordinal) || abbreviation.IsMatch(text))
            {
                return (null, day, false);
            }
        }

        return (null, null, false);
    }

    // Sunday to Saturday with "sunday" and \bsun\b, built once (they were formatted and looked up in the regex cache on every message).
    private static readonly (DayOfWeek Day, string Name, Regex Abbreviation)[] EnglishDays =
        [.. Enum.GetValues<DayOfWeek>().Select(EnglishDay)];

    private static (DayOfWeek Day, string Name, Regex Abbreviation) EnglishDay(DayOfWeek day)
    {
        var name = day.ToString().ToLowerInvariant();
        return (day, name, new Regex($@"\b{name[..3]}\b"));
    }

    [GeneratedRegex(@"^(报名姓名|报名名字|我叫|我的名字是|my name is|sign-?up name)\s*[:：]?\s*(?<name>[^\s,，。!！?？].{0,19})$", RegexOptions.IgnoreCase)]
    private static partial Regex GiveName();

    [GeneratedRegex(@"(周|星期|礼拜)(?<d>[一二三四五六日天])")]
    private static partial Regex ChineseWeekday();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
