namespace EngageBot.Features.SignUps.Admin;

/// <summary>Stored records to admin API shapes; times are shown in the union's local offset.</summary>
public static class AdminMapping
{
    public static ActivityResponse ToResponse(this ActivityRecord a, TimeSpan offset) => new(
        a.Id, a.ClubId, a.Title, a.TitleEn, a.StartsAt.ToOffset(offset), a.EndsAt?.ToOffset(offset), a.Place, a.Capacity,
        a.SignUpDeadline?.ToOffset(offset), a.CancelDeadline?.ToOffset(offset),
        [.. a.ReminderLeadTimes.Select(l => (int)l.TotalMinutes)],
        a.Status == ActivityStatus.Cancelled ? "cancelled" : "active", a.Confirmed, a.Waitlisted, a.CheckInCode);

    public static ClubResponse ToResponse(this ClubRecord c) => new(
        c.Id, c.Name, c.NameEn, c.Description, c.DescriptionEn, c.Schedule, c.Place, c.Contact, c.IsActive ? "active" : "closed");

    public static RosterResponse ToResponse(this IReadOnlyList<RosterEntry> roster, TimeSpan offset) => new(
        [.. roster.Where(r => r.Status != SignUpStatus.Waitlisted).Select(r => new RosterConfirmed(
            r.Member.UserId, r.Name, r.SignedUpAt.ToOffset(offset), r.Member.ChannelId, r.Status == SignUpStatus.Attended, r.AttendedAt?.ToOffset(offset)))],
        [.. roster.Where(r => r.Status == SignUpStatus.Waitlisted).Select(r => new RosterWaiting(
            r.Member.UserId, r.Name, r.QueuePlace!.Value, r.SignedUpAt.ToOffset(offset), r.Member.ChannelId))]);
}
