using System.Globalization;
using EngageBot.Features.Outbox;
using EngageBot.Features.SignUps;
using Quartz;

namespace EngageBot.Features.Notices;

/// <summary>
/// Fires one notice. Thin: it reads only ids and times from Quartz and hands them to
/// <see cref="NoticeFiringService"/>. A run recovered after a crash keeps the original trigger's times.
/// </summary>
public sealed class NoticeJob(NoticeFiringService firing) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var noticeId = data.GetString(JobKeys.NoticeId) ?? throw new JobExecutionException("Notice job without a notice id.");
        var triggerTime = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        if (context.Recovering && Millis(data.GetString(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime)) is { } original)
        {
            triggerTime = original;
        }

        var heldFrom = Millis(data.GetString(JobKeys.HeldFiring));
        await firing.FireAsync(noticeId, heldFrom ?? triggerTime, triggerTime, heldFrom is not null, cancellationToken);
    }

    private static DateTimeOffset? Millis(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
