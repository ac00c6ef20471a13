using EngageBot.Core.Time;

namespace EngageBot.Features.SignUps.Series;

/// <summary>
/// What staff change on every future occurrence of a series; null leaves a value as each occurrence has it.
/// A new start time keeps each occurrence on its own date; its end and deadlines move with it.
/// </summary>
public sealed record SeriesPatch(
    string? Title,
    string? TitleEn,
    string? Place,
    int? Capacity,
    TimeOnly? StartTime,
    int? DurationMinutes,
    IReadOnlyList<TimeSpan>? ReminderLeadTimes)
{
    public bool IsEmpty => this is { Title: null, TitleEn: null, Place: null, Capacity: null, StartTime: null, DurationMinutes: null, ReminderLeadTimes: null };

    public ActivityDraft Apply(ActivityRecord occurrence, UnionTime time)
    {
        var start = occurrence.StartsAt;
        if (StartTime is { } at)
        {
            var day = DateOnly.FromDateTime(time.ToLocal(start).DateTime);
            start = time.FromLocal(day.ToDateTime(at));
        }

        var shift = start - occurrence.StartsAt;
        return new ActivityDraft(
            occurrence.ClubId,
            Title ?? occurrence.Title,
            TitleEn ?? occurrence.TitleEn,
            start,
            DurationMinutes is { } minutes ? start.AddMinutes(minutes) : occurrence.EndsAt + shift,
            Place ?? occurrence.Place,
            Capacity ?? occurrence.Capacity,
            occurrence.SignUpDeadline + shift,
            occurrence.CancelDeadline + shift,
            ReminderLeadTimes ?? occurrence.ReminderLeadTimes);
    }
}
