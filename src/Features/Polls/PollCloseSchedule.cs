using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace EngageBot.Features.Polls;

/// <summary>Puts <see cref="PollCloseJob"/> on the schedule at start-up (every <see cref="PollOptions.CloseCheckInterval"/>).</summary>
public sealed class PollCloseSchedule(ISchedulerFactory schedulers, IOptions<PollOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<PollCloseJob>().WithIdentity(PollCloseJob.Key).StoreDurably().Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(PollCloseJob.Key.Name, PollCloseJob.Key.Group)
            .ForJob(job)
            .StartNow()
            // Runs missed while down collapse into one: the deadline column says what is due.
            .WithSimpleSchedule(s => s.WithInterval(options.Value.CloseCheckInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
