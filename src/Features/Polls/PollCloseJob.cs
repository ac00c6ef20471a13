using Microsoft.Extensions.Logging;
using Quartz;

namespace EngageBot.Features.Polls;

/// <summary>
/// Closes every poll whose deadline has come and posts their results (into the group, or to a notice poll's recipients), on Quartz's persistent schedule. The
/// close is a conditional update, so on several instances (or after a restart) each poll is closed, and its results
/// posted, once. A failed run is logged; the next run finds the same polls still due.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class PollCloseJob(PollStore polls, PollService service, PollNoticeResults noticeResults, TimeProvider clock, ILogger<PollCloseJob> logger) : IJob
{
    public static readonly JobKey Key = new("poll-close", "polls");

    private const int Batch = 100;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
    }

    /// <summary>Closes the due polls; returns how many this run closed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var closed = 0;
        while (true)
        {
            var due = await polls.DueAsync(clock.GetUtcNow(), Batch, cancellationToken);
            foreach (var id in due)
            {
                closed += await service.CloseAsync(id, PollService.ClosedByDeadline, cancellationToken) ? 1 : 0;
            }

            if (due.Count < Batch)
            {
                // Results of notice polls closed lately, in case the service stopped between a close and its results.
                foreach (var poll in await polls.ClosedNoticePollsAsync(clock.GetUtcNow() - TimeSpan.FromDays(1), cancellationToken))
                {
                    await noticeResults.PostAsync(poll, cancellationToken);
                }

                return closed;
            }
        }
    }

    [LoggerMessage(EventId = 1602, Level = LogLevel.Warning, Message = "Closing due polls failed; the next run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
