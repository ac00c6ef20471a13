using System.Text.RegularExpressions;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps;

/// <summary>
/// A small keyword matcher for sign-up commands in Chinese and English ("报名周六的瑜伽", "I want to sign up
/// for calligraphy", "取消瑜伽报名", "我的报名", "签到 123456"). Questions ("瑜伽怎么报名？") are left to the FAQ.
/// </summary>
public static partial class SignUpCommandParser
{
    private static readonly string[] MySignUpsPhrases =
        ["我的报名", "我报名的活动", "查看报名", "查看我的报名", "我的活动", "my sign-ups", "my signups", "my sign ups", "my registrations", "my bookings"];

    private static readonly string[] QuestionMarkers =
        ["怎么", "如何", "什么", "吗", "哪些", "哪个", "多少", "?", "？", "how ", "what ", "when ", "where ", "which ", "can i", "is there"];

    private static readonly string[] SignUpWords = ["报名", "参加", "sign up", "sign me up", "signup", "register", "join", "book "];

    private static readonly string[] CancelWords = ["取消", "退出", "不去了", "cancel", "withdraw", "drop out"];

    public static SignUpCommand? Parse(string text)
    {
        var t = Whitespace().Replace(text.Trim(), " ").TrimEnd('。', '.', '!', '！');
        if (t.Length == 0 || t.Length > 60)
        {
            return null;
        }

        var lower = t.ToLowerInvariant();
        if (CheckIn().Match(lower) is { Success: true } checkIn)
        {
            return new SignUpCommand(SignUpCommandKind.CheckIn, t, null, null, false, checkIn.Groups["code"].Value);
        }

        if (QuestionMarkers.All(q => !lower.Contains(q, StringComparison.Ordinal)) && GiveName().Match(t) is { Success: true } named)
        {
            return new SignUpCommand(SignUpCommandKind.SetName, t, null, null, false, named.Groups["name"].Value.Trim());
        }

        if (MySignUpsPhrases.Any(p => lower == p || lower == "查看" + p || lower == "show " + p))
        {
            return new SignUpCommand(SignUpCommandKind.MySignUps, t, null, null, false, null);
        }

        if (QuestionMarkers.Any(q => lower.Contains(q, StringComparison.Ordinal)))
        {
            return null;
        }

        var (inDays, weekday, weekend) = Day(lower);
        if (CancelWords.Any(w => lower.Contains(w, StringComparison.Ordinal))
            && (lower.Contains("报名", StringComparison.Ordinal) || lower.Contains("sign", StringComparison.Ordinal)
                || lower.Contains("registration", StringComparison.Ordinal) || lower.Contains("booking", StringComparison.Ordinal)
                || lower.Contains("my ", StringComparison.Ordinal)))
        {
            return new SignUpCommand(SignUpCommandKind.Cancel, t, inDays, weekday, weekend, null);
        }

        return SignUpWords.Any(w => (lower + " ").Contains(w, StringComparison.Ordinal))
            ? new SignUpCommand(SignUpCommandKind.SignUp, t, inDays, weekday, weekend, null)
            : null;
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

        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var name = day.ToString().ToLowerInvariant();
            if (text.Contains(name, StringComparison.Ordinal) || Regex.IsMatch(text, $@"\b{name[..3]}\b"))
            {
                return (null, day, false);
            }
        }

        return (null, null, false);
    }

    [GeneratedRegex(@"^(签到|check ?-?in)\s*[:：]?\s*(?<code>\d{6})$")]
    private static partial Regex CheckIn();

    [GeneratedRegex(@"^(报名姓名|报名名字|我叫|我的名字是|my name is|sign-?up name)\s*[:：]?\s*(?<name>[^\s,，。!！?？].{0,19})$", RegexOptions.IgnoreCase)]
    private static partial Regex GiveName();

    [GeneratedRegex(@"(周|星期|礼拜)(?<d>[一二三四五六日天])")]
    private static partial Regex ChineseWeekday();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
