using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace EngageBot.Features.Handoff;

/// <summary>Runs <see cref="HandoffReturns"/> on Quartz's persistent schedule. A failed run is logged and runs again next time.</summary>
[DisallowConcurrentExecution]
public sealed partial class HandoffReturnJob(HandoffReturns returns, ILogger<HandoffReturnJob> logger) : IJob
{
    public static readonly JobKey Key = new("handoff-returns", "handoff");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await returns.RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 804, Level = LogLevel.Warning, Message = "Returning unanswered hand-offs to the bot failed; the next run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

/// <summary>Puts <see cref="HandoffReturnJob"/> on the schedule at start-up (every <see cref="HandoffOptions.ReturnCheckInterval"/>).</summary>
public sealed class HandoffReturnSchedule(ISchedulerFactory schedulers, IOptions<HandoffOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<HandoffReturnJob>().WithIdentity(HandoffReturnJob.Key).StoreDurably().Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(HandoffReturnJob.Key.Name, HandoffReturnJob.Key.Group)
            .ForJob(job)
            .StartNow()
            // Missed runs while down collapse into one: the column says what is due.
            .WithSimpleSchedule(s => s.WithInterval(options.Value.ReturnCheckInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
