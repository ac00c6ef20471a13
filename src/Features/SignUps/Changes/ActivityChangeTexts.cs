using System.Globalization;
using EngageBot.Core.Turns;

namespace EngageBot.Features.SignUps.Changes;

/// <summary>
/// What a member hears when an activity they signed up for (or wait for) moves: what changed, old → new,
/// and what to do if they can no longer come.
/// </summary>
public sealed class ActivityChangeTexts(SignUpFormat format)
{
    public Localized Changed(ActivityChange change, SignUpNews news) => new(Text(change, news, Language.Chinese), Text(change, news, Language.English));

    private string Text(ActivityChange change, SignUpNews news, Language language)
    {
        var english = language == Language.English;
        var title = SignUpFormat.Title(news.Activity, language);
        var waiting = news.SignUp.Status == SignUpStatus.Waitlisted;
        var lines = new List<string>
        {
            english
                ? $"“{title}”, which you {(waiting ? "are on the waitlist for" : "signed up for")}, has changed:"
                : $"您{(waiting ? "候补" : "报名")}的「{title}」有变动：",
        };
        if (change.TimeChanged)
        {
            lines.Add(english
                ? $"Time: {When(change.Old, language)} → {When(change.New, language)}"
                : $"时间由 {When(change.Old, language)} 改为 {When(change.New, language)}");
        }

        if (change.PlaceChanged)
        {
            lines.Add(english
                ? $"Place: {Place(change.Old.Place, language)} → {Place(change.New.Place, language)}"
                : $"地点由 {Place(change.Old.Place, language)} 改为 {Place(change.New.Place, language)}");
        }

        lines.Add(english
            ? "If you can no longer come, send \"my sign-ups\" to cancel so someone else can have the seat."
            : "如不能参加，请发送“我的报名”取消，把名额留给其他会员。");
        return string.Join('\n', lines);
    }

    /// <summary>"12月5日（周六）14:00–16:00"; the end is a time alone when it is on the same day.</summary>
    private string When(ActivitySchedule schedule, Language language)
    {
        var start = format.Time(schedule.StartsAt, language);
        if (schedule.EndsAt is not { } end)
        {
            return start;
        }

        var sameDay = format.Local(end).Date == format.Local(schedule.StartsAt).Date;
        return start + "–" + (sameDay ? format.Local(end).ToString("HH:mm", CultureInfo.InvariantCulture) : format.Time(end, language));
    }

    private static string Place(string? place, Language language) =>
        string.IsNullOrWhiteSpace(place) ? (language == Language.English ? "to be announced" : "待定") : place;
}
