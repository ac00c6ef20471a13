using System.Globalization;
using EngageBot.Core.Time;

namespace EngageBot.Features.SignUps.Admin;

/// <summary>
/// <c>POST/PUT /api/admin/activities</c>. Times are ISO 8601; without an offset they are read as the union's
/// local time. Deadlines left out mean "until it starts" — except that a PUT leaving out <c>cancelDeadline</c> or
/// <c>reminderLeadMinutes</c> keeps the activity's own (send <c>""</c> to clear the cancel deadline, <c>[]</c> for no reminders).
/// </summary>
public sealed record ActivityRequest(
    string? Title,
    string? TitleEn,
    string? ClubId,
    string? StartsAt,
    string? EndsAt,
    string? Place,
    int? Capacity,
    string? SignUpDeadline,
    string? CancelDeadline,
    IReadOnlyList<int>? ReminderLeadMinutes)
{
    /// <summary>For a PUT: the cancel deadline and reminders the request left out, as the activity has them now.</summary>
    public ActivityRequest KeepingUnsent(ActivityRecord current, UnionTime time) => this with
    {
        CancelDeadline = CancelDeadline ?? (current.CancelDeadline is { } at ? time.ToLocal(at).ToString("O", CultureInfo.InvariantCulture) : null),
        ReminderLeadMinutes = ReminderLeadMinutes ?? [.. current.ReminderLeadTimes.Select(l => (int)l.TotalMinutes)],
    };
}
