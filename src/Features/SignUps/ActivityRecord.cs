using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>
/// An activity as stored, with its current counts. A null deadline means "until the activity starts".
/// An occurrence of a recurring series carries the series id and its 1-based place in it.
/// </summary>
public sealed record ActivityRecord(
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
    IReadOnlyList<TimeSpan> ReminderLeadTimes,
    ActivityStatus Status,
    string CheckInCode,
    int Confirmed,
    int Waitlisted,
    string? SeriesId = null,
    int? SeriesIndex = null)
{
    /// <summary>When sign-ups close: the deadline, else the start.</summary>
    public DateTimeOffset SignUpClosesAt => SignUpDeadline ?? StartsAt;

    /// <summary>When members can no longer cancel themselves: the deadline, else the start.</summary>
    public DateTimeOffset CancelClosesAt => CancelDeadline ?? StartsAt;
}
