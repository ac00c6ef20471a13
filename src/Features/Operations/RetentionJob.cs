using Microsoft.Extensions.Logging;
using Quartz;

namespace EngageBot.Features.Operations;

/// <summary>The nightly purge (<see cref="RetentionRun"/>). A failed run is logged and simply runs again next time.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(RetentionRun run, ILogger<RetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("retention", OperationsJobs.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await run.PurgeAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            OperationsLog.RetentionFailed(logger, ex);
        }
    }
}
