using Quartz;

namespace EngageBot.Features.Notices;

/// <summary>
/// The automatic reminder of a notice's unconfirmed members, N hours after it fired. Scheduled on Quartz's
/// persistent store when the notice fires (<see cref="NoticeScheduler.ScheduleReceiptReminderAsync"/>), so it
/// survives a restart; its round has a fixed id, so it is sent once.
/// </summary>
public sealed class ReceiptReminderJob(NoticeStore notices, ReceiptReminders reminders) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var noticeId = context.MergedJobDataMap.GetString(JobKeys.NoticeId) ?? throw new JobExecutionException("Receipt reminder job without a notice id.");
        if (await notices.GetAsync(noticeId, cancellationToken) is { AsksReceipt: true, Status: not NoticeStatus.Cancelled } notice)
        {
            await reminders.RemindAsync(notice, ReceiptReminders.AutoRoundId(noticeId), createdBy: null, cancellationToken);
        }
    }
}
