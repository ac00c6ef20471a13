using System.Globalization;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using Quartz;

namespace EngageBot.Features.SignUps;

/// <summary>Sends one activity reminder. Thin: it reads the activity id and lead time and hands them on.</summary>
public sealed class ReminderJob(ReminderSender sender) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var activityId = data.GetString(JobKeys.ActivityId) ?? throw new JobExecutionException("Reminder job without an activity id.");
        var lead = TimeSpan.FromMinutes(long.Parse(data.GetString(JobKeys.LeadMinutes) ?? "0", CultureInfo.InvariantCulture));
        var triggerTime = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        await sender.SendAsync(activityId, lead, triggerTime, cancellationToken);
    }
}
