using EngageBot.Features.Outbox;

namespace EngageBot.Features.Notices;

/// <summary>
/// Scheduling settings (<c>Scheduler:…</c>): quiet hours, and how late a firing may run before it is recorded as
/// missed instead of sent. Times are the union's local time (<c>Union:TimeZone</c>, see <see cref="EngageBot.Core.Time.UnionTime"/>).
/// </summary>
public sealed class SchedulerOptions
{
    /// <summary>Local time from which non-urgent notices are held (22:00).</summary>
    public TimeSpan QuietHoursStart { get; set; } = TimeSpan.FromHours(22);

    /// <summary>Local time at which held notices go out (07:00).</summary>
    public TimeSpan QuietHoursEnd { get; set; } = TimeSpan.FromHours(7);

    /// <summary>A firing later than this (downtime, a stalled scheduler) is recorded as skipped, not sent.</summary>
    public TimeSpan MisfireGrace { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Retired: Quartz is clustered by <c>Cluster:Enabled</c>, the one cluster switch; set here, start-up stops.</summary>
    public bool? Clustered { get; set; }

    /// <summary>
    /// How long after a group member's confirmation the group gets one progress line ("已确认 37/120"): confirmations within
    /// this time share the line, so a 200-member group sees a few lines, not 200 replies.
    /// </summary>
    public TimeSpan ReceiptProgressEvery { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Default reminder lead times before an activity starts (24 h and 2 h).</summary>
    public IList<TimeSpan> ReminderLeads { get; } = [];
}
