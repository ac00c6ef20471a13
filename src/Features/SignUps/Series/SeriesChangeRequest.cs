namespace EngageBot.Features.SignUps.Series;

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
