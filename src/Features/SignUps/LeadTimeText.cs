using System.Globalization;
using EngageBot.Core.Turns;

namespace EngageBot.Features.SignUps;

/// <summary>A configured lead time as members read it: "30 分钟" / "30 minutes", "2 小时" / "2 hours", "1 小时 30 分钟".</summary>
public static class LeadTimeText
{
    public static Localized For(TimeSpan lead)
    {
        var minutes = Math.Max(0, (int)Math.Round(lead.TotalMinutes));
        var (hours, rest) = (minutes / 60, minutes % 60);
        if (hours == 0)
        {
            return new(Invariant($"{rest} 分钟"), Invariant($"{rest} {(rest == 1 ? "minute" : "minutes")}"));
        }

        var zh = Invariant($"{hours} 小时") + (rest > 0 ? Invariant($" {rest} 分钟") : string.Empty);
        var en = Invariant($"{hours} {(hours == 1 ? "hour" : "hours")}") + (rest > 0 ? Invariant($" {rest} {(rest == 1 ? "minute" : "minutes")}") : string.Empty);
        return new(zh, en);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
