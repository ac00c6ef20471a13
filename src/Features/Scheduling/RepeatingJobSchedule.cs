using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace EngageBot.Features.Scheduling;

/// <summary>
/// Puts a durable job that sweeps for due rows (unanswered hand-offs, polls past their deadline) on Quartz's
/// persistent schedule at start-up, every <c>interval</c>. Runs missed while down collapse into one: the rows say what is due.
/// </summary>
public sealed class RepeatingJobSchedule<TJob>(ISchedulerFactory schedulers, JobKey key, TimeSpan interval) : IHostedService
    where TJob : IJob
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<TJob>().WithIdentity(key).StoreDurably().Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key.Name, key.Group)
            .ForJob(job)
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class RepeatingJobs
{
    /// <summary>Schedules <typeparamref name="TJob"/> every <paramref name="interval"/> of its feature's options.</summary>
    public static IServiceCollection AddRepeatingJob<TJob, TOptions>(this IServiceCollection services, JobKey key, Func<TOptions, TimeSpan> interval)
        where TJob : IJob
        where TOptions : class =>
        services.AddHostedService(sp => new RepeatingJobSchedule<TJob>(
            sp.GetRequiredService<ISchedulerFactory>(), key, interval(sp.GetRequiredService<IOptions<TOptions>>().Value)));
}
