using System.Globalization;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using Microsoft.Extensions.Options;
using Quartz;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Reminders before activities: one trigger per lead time (24 h and 2 h by default, or the activity's own) on
/// one Quartz job per activity. Call <see cref="ScheduleAsync"/> when an activity is created or moved and
/// <see cref="CancelAsync"/> when it is cancelled (the sign-ups service does both through
/// <c>IActivityScheduleListener</c>). Members promoted from the waitlist are told by the sign-ups' own outbox.
/// </summary>
public sealed class ReminderScheduler(
    ISchedulerFactory schedulers,
    IActivityCalendar calendar,
    IOptions<SchedulerOptions> options,
    TimeProvider clock)
{
    public static readonly IReadOnlyList<TimeSpan> DefaultLeads = [TimeSpan.FromHours(24), TimeSpan.FromHours(2)];

    /// <summary>(Re)schedules an activity's reminders from the calendar; returns the fire times set.</summary>
    public async Task<IReadOnlyList<DateTimeOffset>> ScheduleAsync(string activityId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(JobKeys.Reminder(activityId), cancellationToken);
        var activity = await calendar.GetAsync(activityId, cancellationToken);
        if (activity is null || activity.Cancelled)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var job = JobBuilder.Create<ReminderJob>()
            .WithIdentity(JobKeys.Reminder(activityId))
            .UsingJobData(JobKeys.ActivityId, activityId)
            .StoreDurably()
            .RequestRecovery()
            .Build();
        var triggers = new List<ITrigger>();
        foreach (var lead in Leads(activity))
        {
            var at = activity.StartsAt - lead;
            if (at <= now)
            {
                continue;
            }

            var minutes = ((long)lead.TotalMinutes).ToString(CultureInfo.InvariantCulture);
            triggers.Add(TriggerBuilder.Create()
                .WithIdentity($"{activityId}-{minutes}", JobKeys.ReminderGroup)
                .ForJob(job)
                .UsingJobData(JobKeys.LeadMinutes, minutes)
                .StartAt(at)
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.IgnoreMisfires))
                .Build());
        }

        if (triggers.Count > 0)
        {
            await scheduler.ScheduleJob(job, triggers, ScheduleJobOptions.Replacing, cancellationToken);
        }

        return [.. triggers.Select(t => t.StartTimeUtc)];
    }

    /// <summary>Cancelling an activity cancels its reminders.</summary>
    public async Task CancelAsync(string activityId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(JobKeys.Reminder(activityId), cancellationToken);
    }

    private IEnumerable<TimeSpan> Leads(CalendarActivity activity) =>
        activity.ReminderLeads is { Count: > 0 } own ? own
        : options.Value.ReminderLeads.Count > 0 ? options.Value.ReminderLeads
        : DefaultLeads;
}
