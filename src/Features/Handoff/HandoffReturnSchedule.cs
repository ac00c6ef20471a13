using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace EngageBot.Features.Handoff;

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
