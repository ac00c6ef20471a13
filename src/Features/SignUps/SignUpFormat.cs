using System.Globalization;
using EngageBot.Core.Time;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps;

/// <summary>How activities and times read to members, in the union's local time.</summary>
public sealed class SignUpFormat(UnionTime time)
{
    private static readonly string[] ZhDays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    public DateTimeOffset Local(DateTimeOffset at) => time.ToLocal(at);

    public string Time(DateTimeOffset time, Language language)
    {
        var local = Local(time);
        return language == Language.English
            ? local.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{local.Month}月{local.Day}日（{ZhDays[(int)local.DayOfWeek]}）{local:HH:mm}");
    }

    public static string Title(ActivityRecord activity, Language language) =>
        language == Language.English && !string.IsNullOrWhiteSpace(activity.TitleEn) ? activity.TitleEn : activity.Title;

    /// <summary>"「瑜伽体验课」11月22日（周六）09:30" / "“Yoga taster” Sat 22 Nov 09:30".</summary>
    public string Headline(ActivityRecord activity, Language language) => language == Language.English
        ? $"“{Title(activity, language)}” {Time(activity.StartsAt, language)}"
        : $"「{Title(activity, language)}」{Time(activity.StartsAt, language)}";

    /// <summary>Title, time and place on separate lines.</summary>
    public string Details(ActivityRecord activity, Language language)
    {
        var lines = new List<string>
        {
            (language == Language.English ? "Activity: " : "活动：") + Title(activity, language),
            (language == Language.English ? "Time: " : "时间：") + Time(activity.StartsAt, language)
                + (activity.EndsAt is { } end ? "–" + Local(end).ToString("HH:mm", CultureInfo.InvariantCulture) : string.Empty),
        };
        if (!string.IsNullOrWhiteSpace(activity.Place))
        {
            lines.Add((language == Language.English ? "Place: " : "地点：") + activity.Place);
        }

        return string.Join('\n', lines);
    }
}
