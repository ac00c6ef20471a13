using EngageBot.Features.SignUps.Admin;

namespace EngageBot.Features.SignUps.Series;

/// <summary>
/// <c>POST /api/admin/activity-series</c>: the first occurrence as for one activity, repeated every
/// <see cref="IntervalWeeks"/> weeks (1 unless given), either <see cref="Occurrences"/> times or until the local
/// date <see cref="Until"/> (yyyy-MM-dd); at most 52 occurrences.
/// </summary>
public sealed record SeriesRequest(
    string? Title,
    string? TitleEn,
    string? ClubId,
    string? StartsAt,
    string? EndsAt,
    string? Place,
    int? Capacity,
    string? SignUpDeadline,
    string? CancelDeadline,
    IReadOnlyList<int>? ReminderLeadMinutes,
    int? Occurrences,
    string? Until,
    int? IntervalWeeks)
{
    public ActivityRequest First => new(Title, TitleEn, ClubId, StartsAt, EndsAt, Place, Capacity, SignUpDeadline, CancelDeadline, ReminderLeadMinutes);
}
