namespace EngageBot.Scheduler.Tests.Infrastructure;

/// <summary>A clock the test sets and advances; nothing in these tests waits on its timers.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now;

    public void Advance(TimeSpan by) => _now += by;

    /// <summary>A local time in Asia/Shanghai, as UTC.</summary>
    public static DateTimeOffset Shanghai(int year, int month, int day, int hour, int minute) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();
}
