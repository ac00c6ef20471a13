using EngageBot.Core.Time;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace EngageBot.Features.Operations;

/// <summary>
/// Puts the retention and backup jobs on Quartz's persistent schedule at start-up, replacing what an earlier
/// start put there, so a changed setting takes effect on restart; a job switched off (or a backup on PostgreSQL)
/// is removed. Cron times are the union's local time.
/// </summary>
public sealed class OperationsJobs(
    ISchedulerFactory schedulers, IOptions<RetentionOptions> retention, IOptions<BackupOptions> backup,
    SqliteBackups backups, UnionTime unionTime, ILogger<OperationsJobs> logger) : IHostedService
{
    public const string Group = "operations";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await ScheduleAsync<RetentionJob>(scheduler, RetentionJob.Key, retention.Value.Enabled ? retention.Value.Schedule : null, cancellationToken);
        await ScheduleAsync<BackupJob>(scheduler, BackupJob.Key, backup.Value.Enabled && backups.Supported ? backup.Value.Schedule : null, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ScheduleAsync<TJob>(IScheduler scheduler, JobKey key, string? cron, CancellationToken cancellationToken)
        where TJob : IJob
    {
        if (cron is null)
        {
            await scheduler.DeleteJob(key, cancellationToken);
            return;
        }

        var job = JobBuilder.Create<TJob>().WithIdentity(key).StoreDurably().Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key.Name, Group)
            .ForJob(job)
            // A night missed while the service was down runs once at start, not once per missed night.
            .WithCronSchedule(cron, c => c.InTimeZone(unionTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
        OperationsLog.JobScheduled(logger, key.Name, cron, unionTime.ZoneId);
    }
}
