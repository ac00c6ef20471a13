using System.Globalization;
using EngageBot.Scheduler.Jobs;
using EngageBot.Scheduler.Notices;
using Microsoft.Extensions.Options;
using Quartz;

namespace EngageBot.Scheduler.Reminders;

/// <summary>
/// Reminders before activities: one trigger per lead time (24 h and 2 h by default, or the activity's own) on
/// one Quartz job per activity. Call <see cref="ScheduleAsync"/> when an activity is created or moved and
/// <see cref="CancelAsync"/> when it is cancelled; <see cref="NotifyPromotedAsync"/> tells a member promoted
/// from the waitlist.
/// </summary>
public sealed class ReminderScheduler(
    ISchedulerFactory schedulers,
    IActivityCalendar calendar,
    NoticeStore notices,
    NoticeFiringService firing,
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

    /// <summary>The waitlist hook: tells <paramref name="memberKey"/> they now have a seat (once per member and activity).</summary>
    public async Task NotifyPromotedAsync(string activityId, string memberKey, CancellationToken cancellationToken)
    {
        var activity = await calendar.GetAsync(activityId, cancellationToken);
        if (activity is null || activity.Cancelled)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(activity.StartsAt, options.Value.Zone);
        var id = $"p_{activityId}_{memberKey}";
        await notices.AddAsync(new Notice(
            id,
            NoticeKinds.Reminder,
            $"好消息！您已从候补转为正式报名「{activity.Title}」，活动时间 {local:M月d日 HH:mm}，期待您参加。",
            $"Good news! You're off the waitlist for \"{activity.TitleEn ?? activity.Title}\" on {local.ToString("MMM d, HH:mm", CultureInfo.InvariantCulture)}. See you there.",
            null,
            new NoticeAudience { Members = [memberKey] },
            now,
            null,
            options.Value.TimeZone,
            false,
            NoticeStatus.Scheduled,
            now,
            null), cancellationToken);
        var stored = await notices.GetAsync(id, cancellationToken);
        await firing.FireAsync(id, stored!.CreatedAt, now, false, cancellationToken);
    }

    private IEnumerable<TimeSpan> Leads(CalendarActivity activity) =>
        activity.ReminderLeads is { Count: > 0 } own ? own
        : options.Value.ReminderLeads.Count > 0 ? options.Value.ReminderLeads
        : DefaultLeads;
}
