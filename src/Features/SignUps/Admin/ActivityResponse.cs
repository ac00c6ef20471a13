namespace EngageBot.Features.SignUps.Admin;

/// <summary>An activity as staff see it, with its check-in code and seat counts (and its series, if it recurs).</summary>
public sealed record ActivityResponse(
    string Id,
    string? ClubId,
    string Title,
    string? TitleEn,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    string? Place,
    int Capacity,
    DateTimeOffset? SignUpDeadline,
    DateTimeOffset? CancelDeadline,
    IReadOnlyList<int> ReminderLeadMinutes,
    string Status,
    int Confirmed,
    int Waitlisted,
    string CheckInCode,
    string? SeriesId = null,
    int? SeriesIndex = null);
