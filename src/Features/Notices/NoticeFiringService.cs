using System.Globalization;
using EngageBot.Features.Outbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Notices;

/// <summary>
/// What happens when a notice fires. A firing is identified by its notice and intended time, so a duplicate or
/// recovered run never writes recipients twice. Too late (past <see cref="SchedulerOptions.MisfireGrace"/>) →
/// recorded as skipped; in quiet hours and not urgent → held until they end; otherwise the audience is
/// streamed into the outbox.
/// </summary>
public sealed partial class NoticeFiringService(
    NoticeStore notices,
    FiringStore firings,
    NoticeScheduler scheduler,
    AudienceExpander expander,
    GroupReceiptRecipients groupRecipients,
    QuietHours quietHours,
    IOptions<SchedulerOptions> options,
    TimeProvider clock,
    ILogger<NoticeFiringService> logger)
{
    /// <param name="intended">The fire time this firing stands for (a held firing keeps its original time).</param>
    /// <param name="triggerTime">When the trigger that runs now was due: lateness is measured from it.</param>
    /// <param name="held">True when this run is the end of a quiet-hours hold.</param>
    public async Task<FiringResult> FireAsync(string noticeId, DateTimeOffset intended, DateTimeOffset triggerTime, bool held, CancellationToken cancellationToken)
    {
        var notice = await notices.GetAsync(noticeId, cancellationToken);
        if (notice is null || notice.Status == NoticeStatus.Cancelled)
        {
            return FiringResult.Ignored;
        }

        var now = clock.GetUtcNow();
        var firingId = noticeId + "@" + intended.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var status = await firings.StatusAsync(firingId, cancellationToken);
        if (status is FiringStatus.Ready or FiringStatus.Skipped || (status == FiringStatus.Held && !held))
        {
            return FiringResult.AlreadyDone;
        }

        if (status != FiringStatus.Expanding)
        {
            if (now - triggerTime > options.Value.MisfireGrace)
            {
                await firings.PutAsync(firingId, noticeId, intended, now, FiringStatus.Skipped, "missed", cancellationToken);
                await FinishOneOffAsync(notice, cancellationToken);
                LogMissed(logger, noticeId, now - triggerTime);
                NoticeMetrics.Skipped();
                return FiringResult.Skipped;
            }

            if (!notice.Urgent && quietHours.HoldUntil(now) is { } until)
            {
                // The hold trigger first: if we die between the two writes, the firing still happens.
                await scheduler.HoldAsync(noticeId, intended, until, cancellationToken);
                await firings.PutAsync(firingId, noticeId, intended, now, FiringStatus.Held, "quiet_hours", cancellationToken);
                LogHeld(logger, noticeId, until);
                NoticeMetrics.Held();
                return FiringResult.Held;
            }

            await firings.PutAsync(firingId, noticeId, intended, now, FiringStatus.Expanding, null, cancellationToken);
        }

        await groupRecipients.RecordAsync(notice, cancellationToken); // before the post goes out: a member may confirm at once
        await expander.ExpandAsync(notice, firingId, cancellationToken);
        if (notice is { AsksReceipt: true, RemindAfter: { } remindAfter })
        {
            // Before the firing is marked ready: a crash in between re-runs this, and scheduling twice is harmless.
            await scheduler.ScheduleReceiptReminderAsync(notice.Id, now + remindAfter, cancellationToken);
        }

        var recipients = await firings.CompleteAsync(firingId, cancellationToken);
        await FinishOneOffAsync(notice, cancellationToken);
        LogExpanded(logger, noticeId, recipients);
        NoticeMetrics.Expanded(recipients);
        return FiringResult.Expanded;
    }

    private async Task FinishOneOffAsync(Notice notice, CancellationToken cancellationToken)
    {
        if (notice.Cron is null)
        {
            await notices.SetStatusAsync(notice.Id, NoticeStatus.Scheduled, NoticeStatus.Done, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Notice {NoticeId} fired: {Recipients} recipients in the outbox")]
    private static partial void LogExpanded(ILogger logger, string noticeId, long recipients);

    [LoggerMessage(EventId = 501, Level = LogLevel.Information, Message = "Notice {NoticeId} held for quiet hours until {Until}")]
    private static partial void LogHeld(ILogger logger, string noticeId, DateTimeOffset until);

    [LoggerMessage(EventId = 502, Level = LogLevel.Warning, Message = "Notice {NoticeId} missed its time by {Lateness}: recorded as skipped")]
    private static partial void LogMissed(ILogger logger, string noticeId, TimeSpan lateness);
}
