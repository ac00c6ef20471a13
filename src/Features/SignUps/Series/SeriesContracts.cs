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

/// <summary>
/// <c>PUT /api/admin/activity-series/{id}</c>: what changes on every occurrence not started yet (or from
/// <see cref="FromActivityId"/> on). Left out = unchanged. <see cref="StartTime"/> is the local time of day ("19:30").
/// </summary>
public sealed record SeriesChangeRequest(
    string? FromActivityId,
    string? Title,
    string? TitleEn,
    string? Place,
    int? Capacity,
    string? StartTime,
    int? DurationMinutes,
    IReadOnlyList<int>? ReminderLeadMinutes);

/// <summary>A series with its occurrences; <see cref="Told"/> is how many messages a change queued for members.</summary>
public sealed record SeriesResponse(
    string Id, string? ClubId, string Title, int IntervalWeeks, IReadOnlyList<ActivityResponse> Occurrences, int? Told = null);

/// <summary>A series in the console's list: how many occurrences are still to come and when the next starts.</summary>
public sealed record SeriesSummaryResponse(string Id, string? ClubId, string Title, int IntervalWeeks, int Upcoming, DateTimeOffset NextStartsAt);
