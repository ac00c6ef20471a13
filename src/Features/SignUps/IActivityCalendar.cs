using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.SignUps;

/// <summary>
/// What reminders need from the sign-ups feature (its tables are built elsewhere): an activity's start, title,
/// status and reminder lead times, and its confirmed attendees, streamed.
/// </summary>
public interface IActivityCalendar
{
    Task<CalendarActivity?> GetAsync(string activityId, CancellationToken cancellationToken);

    IAsyncEnumerable<AudienceMember> StreamConfirmedAsync(string activityId, CancellationToken cancellationToken);
}
