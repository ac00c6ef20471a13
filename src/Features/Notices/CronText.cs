using System.Globalization;
using System.Text.RegularExpressions;
using EngageBot.Features.Outbox;
using Quartz;

namespace EngageBot.Features.Notices;

/// <summary>
/// Turns what staff write into a Quartz cron expression: "every Friday 09:00" → "0 0 9 ? * FRI", "every day
/// 07:30", "每周五 9:00", "每天 8:00", or a Quartz cron expression as is.
/// </summary>
public static partial class CronText
{
    private static readonly Dictionary<string, string> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = "MON", ["tuesday"] = "TUE", ["wednesday"] = "WED", ["thursday"] = "THU",
        ["friday"] = "FRI", ["saturday"] = "SAT", ["sunday"] = "SUN",
        ["周一"] = "MON", ["周二"] = "TUE", ["周三"] = "WED", ["周四"] = "THU", ["周五"] = "FRI", ["周六"] = "SAT", ["周日"] = "SUN", ["周天"] = "SUN",
    };

    /// <summary>The Quartz cron expression, or null when the text is neither a phrase we know nor valid cron.</summary>
    public static string? ToQuartz(string text)
    {
        var trimmed = text.Trim();
        var match = Phrase().Match(trimmed);
        if (match.Success)
        {
            var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (hour > 23 || minute > 59)
            {
                return null;
            }

            var day = match.Groups["day"].Value;
            var daily = day.Equals("day", StringComparison.OrdinalIgnoreCase) || day == "天";
            if (!daily && !Days.TryGetValue(day, out _))
            {
                return null;
            }

            return daily
                ? $"0 {minute} {hour} * * ?"
                : $"0 {minute} {hour} ? * {Days[day]}";
        }

        return CronExpression.TryParse(trimmed, out _) ? trimmed : null;
    }

    [GeneratedRegex(@"^(?:every\s+(?<day>day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|每(?:周)?(?<day>天|周[一二三四五六日天]))\s*(?:at\s+)?(?<h>\d{1,2})[:：](?<m>\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();
}
