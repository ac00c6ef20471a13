namespace EngageBot.Scheduler;

/// <summary>Scheduling settings (<c>Scheduler:…</c>): the time zone notices are written in.</summary>
public sealed class SchedulerOptions
{
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
