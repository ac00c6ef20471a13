using Microsoft.Extensions.Logging;
using Quartz;

namespace EngageBot.Features.Operations;

/// <summary>The scheduled SQLite backup (<see cref="SqliteBackups"/>). A failed one is logged and runs again next time.</summary>
[DisallowConcurrentExecution]
public sealed class BackupJob(SqliteBackups backups, ILogger<BackupJob> logger) : IJob
{
    public static readonly JobKey Key = new("backup", OperationsJobs.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await backups.TakeAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            OperationsLog.BackupFailed(logger, ex);
        }
    }
}
