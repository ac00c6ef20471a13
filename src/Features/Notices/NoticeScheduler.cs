using System.Globalization;
using EngageBot.Features.Outbox;
using EngageBot.Features.SignUps;
using Quartz;

namespace EngageBot.Features.Notices;

/// <summary>
/// Puts notices on Quartz's persistent schedule: one durable, recoverable job per notice, a simple trigger for
/// "now" and "at a time", a cron trigger (in the notice's time zone) for recurring ones, and an extra one-off
/// trigger for each quiet-hours hold. Misfires are ignored by Quartz on purpose (each missed firing still runs,
/// with its original scheduled time) so that <see cref="NoticeFiringService"/> decides: late → sent late,
/// too late → recorded as skipped.
/// </summary>
public sealed class NoticeScheduler(ISchedulerFactory schedulers)
{
    public async Task ScheduleAsync(Notice notice, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<NoticeJob>()
            .WithIdentity(JobKeys.Notice(notice.Id))
            .UsingJobData(JobKeys.NoticeId, notice.Id)
            .StoreDurably()
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create().WithIdentity(notice.Id, JobKeys.NoticeGroup).ForJob(job);
        if (notice.Cron is { } cron)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(notice.TimeZone);
            trigger = trigger.StartAt(now).WithCronSchedule(cron, c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.IgnoreMisfires));
        }
        else
        {
            trigger = trigger.StartAt(notice.SendAt ?? now).WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.IgnoreMisfires));
        }

        await scheduler.ScheduleJob(job, [trigger.Build()], ScheduleJobOptions.Replacing, cancellationToken);
    }

    /// <summary>Adds the trigger that sends a firing held by quiet hours; adding it twice is harmless.</summary>
    public async Task HoldAsync(string noticeId, DateTimeOffset intended, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = new TriggerKey($"{noticeId}-held-{intended.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}", JobKeys.NoticeGroup);
        if (await scheduler.Exists(key, cancellationToken))
        {
            return;
        }

        var trigger = TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(JobKeys.Notice(noticeId))
            .UsingJobData(JobKeys.HeldFiring, intended.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture))
            .StartAt(until)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.IgnoreMisfires))
            .Build();
        await scheduler.ScheduleJob(trigger, default, cancellationToken);
    }

    /// <summary>Schedules the automatic receipt reminder of a notice at <paramref name="at"/>; scheduling it again is harmless.</summary>
    public async Task ScheduleReceiptReminderAsync(string noticeId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = new JobKey(noticeId, JobKeys.ReceiptGroup);
        if (await scheduler.Exists(key, cancellationToken))
        {
            return;
        }

        var job = JobBuilder.Create<ReceiptReminderJob>().WithIdentity(key).UsingJobData(JobKeys.NoticeId, noticeId).RequestRecovery().Build();
        var trigger = TriggerBuilder.Create().WithIdentity(noticeId, JobKeys.ReceiptGroup).ForJob(job).StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)).Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    /// <summary>Removes the notice's job and every trigger (future firings and holds).</summary>
    public async Task UnscheduleAsync(string noticeId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(JobKeys.Notice(noticeId), cancellationToken);
    }

    /// <summary>The next fire times of a schedule (preview), in UTC.</summary>
    public static IReadOnlyList<DateTimeOffset> NextFireTimes(Notice notice, DateTimeOffset now, int count)
    {
        if (notice.Cron is null)
        {
            return [notice.SendAt ?? now];
        }

        var expression = new CronExpression(notice.Cron, TimeZoneInfo.FindSystemTimeZoneById(notice.TimeZone));
        var times = new List<DateTimeOffset>(count);
        var after = now;
        while (times.Count < count && expression.GetNextValidTimeAfter(after) is { } next)
        {
            times.Add(next);
            after = next;
        }

        return times;
    }
}
