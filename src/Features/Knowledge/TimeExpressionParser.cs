using System.Text.RegularExpressions;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Finds the days a message means: 今天/明天/后天, 这周末/下周末, 周六/星期天/下周三, 这周/下周, 这个月/下个月, and the
/// English today/tomorrow/this weekend/next week/saturday/next friday/this month. Weeks start on Monday.
/// </summary>
public static partial class TimeExpressionParser
{
    private static readonly string[] EnglishDays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    private static readonly string[] ZhDays = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];

    /// <param name="normalized">Text from <see cref="TextNormalizer.Normalize"/>.</param>
    /// <param name="today">Today in Beijing.</param>
    public static TimeRange? Parse(string normalized, DateOnly today)
    {
        var weekday = ((int)today.DayOfWeek + 6) % 7; // Monday = 0
        var nextMonday = today.AddDays(7 - weekday);
        var padded = " " + normalized + " ";

        if (Has(normalized, "下周末", "下个周末") || padded.Contains(" next weekend ", StringComparison.Ordinal))
        {
            return new(nextMonday.AddDays(5), nextMonday.AddDays(6), new("下周末", "next weekend"));
        }

        if (Has(normalized, "周末") || padded.Contains(" weekend ", StringComparison.Ordinal))
        {
            var saturday = weekday == 6 ? today : today.AddDays(5 - weekday);
            return new(saturday, today.AddDays(6 - weekday), new("这周末", "this weekend"));
        }

        if (ZhDay().Match(normalized) is { Success: true } zh)
        {
            var day = DayIndex(zh.Groups[3].Value[0]);
            return zh.Groups[1].Success
                ? Day(nextMonday.AddDays(day), new("下" + ZhDays[day], "next " + Title(EnglishDays[day])))
                : Day(today.AddDays((day - weekday + 7) % 7), new(ZhDays[day], Title(EnglishDays[day])));
        }

        for (var day = 0; day < EnglishDays.Length; day++)
        {
            if (padded.Contains(" next " + EnglishDays[day], StringComparison.Ordinal))
            {
                return Day(nextMonday.AddDays(day), new("下" + ZhDays[day], "next " + Title(EnglishDays[day])));
            }

            if (padded.Contains(" " + EnglishDays[day], StringComparison.Ordinal))
            {
                return Day(today.AddDays((day - weekday + 7) % 7), new(ZhDays[day], Title(EnglishDays[day])));
            }
        }

        if (Has(normalized, "今天", "今日", "今晚") || padded.Contains(" today ", StringComparison.Ordinal) || padded.Contains(" tonight ", StringComparison.Ordinal))
        {
            return Day(today, new("今天", "today"));
        }

        if (Has(normalized, "明天", "明日", "明晚") || padded.Contains(" tomorrow ", StringComparison.Ordinal))
        {
            return Day(today.AddDays(1), new("明天", "tomorrow"));
        }

        if (Has(normalized, "后天"))
        {
            return Day(today.AddDays(2), new("后天", "the day after tomorrow"));
        }

        if (Has(normalized, "下周", "下星期", "下个星期", "下礼拜", "下个礼拜") || padded.Contains(" next week ", StringComparison.Ordinal))
        {
            return new(nextMonday, nextMonday.AddDays(6), new("下周", "next week"));
        }

        if (Has(normalized, "这周", "本周", "这星期", "这个星期", "这礼拜") || padded.Contains(" this week ", StringComparison.Ordinal))
        {
            return new(today, today.AddDays(6 - weekday), new("这周", "this week"));
        }

        var monthEnd = new DateOnly(today.Year, today.Month, DateTime.DaysInMonth(today.Year, today.Month));
        if (Has(normalized, "下个月", "下月") || padded.Contains(" next month ", StringComparison.Ordinal))
        {
            var first = monthEnd.AddDays(1);
            return new(first, first.AddMonths(1).AddDays(-1), new("下个月", "next month"));
        }

        if (Has(normalized, "这个月", "本月", "这月") || padded.Contains(" this month ", StringComparison.Ordinal))
        {
            return new(today, monthEnd, new("这个月", "this month"));
        }

        return null;
    }

    private static TimeRange Day(DateOnly day, Localized label) => new(day, day, label);

    // A span of words and a loop: an array and a closure per call were a few percent of an uncached reading's allocations.
    private static bool Has(string text, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int DayIndex(char c) => c switch
    {
        '一' => 0,
        '二' => 1,
        '三' => 2,
        '四' => 3,
        '五' => 4,
        '六' => 5,
        _ => 6,
    };

    private static string Title(string day) => char.ToUpperInvariant(day[0]) + day[1..];

    [GeneratedRegex("(下个?)?(周|星期|礼拜)([一二三四五六日天])")]
    private static partial Regex ZhDay();
}
