using EngageBot.Core.Time;
namespace EngageBot.Features.SignUps.Admin;

/// <summary>Stored records to admin API shapes; times are shown in the union's local time.</summary>
public static class AdminMapping
{
    public static ActivityResponse ToResponse(this ActivityRecord a, UnionTime time) => new(
        a.Id, a.ClubId, a.Title, a.TitleEn, time.ToLocal(a.StartsAt), Local(a.EndsAt, time), a.Place, a.Capacity,
        Local(a.SignUpDeadline, time), Local(a.CancelDeadline, time),
        [.. a.ReminderLeadTimes.Select(l => (int)l.TotalMinutes)],
        a.Status == ActivityStatus.Cancelled ? "cancelled" : "active", a.Confirmed, a.Waitlisted, a.CheckInCode,
        a.SeriesId, a.SeriesIndex);

    public static ClubResponse ToResponse(this ClubRecord c) => new(
        c.Id, c.Name, c.NameEn, c.Description, c.DescriptionEn, c.Schedule, c.Place, c.Contact, c.IsActive ? "active" : "closed");

    public static RosterResponse ToResponse(this IReadOnlyList<RosterEntry> roster, UnionTime time, IReadOnlyList<Forms.FormField>? fields = null) => new(
        [.. roster.Where(r => r.Status != SignUpStatus.Waitlisted).Select(r => new RosterConfirmed(
            r.Member.UserId, r.Name, time.ToLocal(r.SignedUpAt), r.Member.ChannelId, r.Status == SignUpStatus.Attended, Local(r.AttendedAt, time), r.Answers))],
        [.. roster.Where(r => r.Status == SignUpStatus.Waitlisted).Select(r => new RosterWaiting(
            r.Member.UserId, r.Name, r.QueuePlace!.Value, time.ToLocal(r.SignedUpAt), r.Member.ChannelId, r.Answers))],
        fields is { Count: > 0 } ? fields : null);

    private static DateTimeOffset? Local(DateTimeOffset? at, UnionTime time) => at is { } value ? time.ToLocal(value) : null;
}
