using System.Collections.Concurrent;

namespace EngageBot.TestKit;

/// <summary>
/// A clock the test sets and moves by hand. Timers still run on real time (short delays in tests stay short), but
/// every timer's due time is recorded, so a test can see how long the code asked to wait.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public static DateTimeOffset DefaultStart { get; } = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    public ManualClock()
        : this(DefaultStart)
    {
    }

    /// <summary>Due times of every timer created so far (Task.Delay with this clock creates one).</summary>
    public ConcurrentQueue<TimeSpan> TimerDueTimes { get; } = new();

    /// <summary>A clock that starts at the real time, so seeded and API-created data line up with it.</summary>
    public static ManualClock StartingNow() => new(DateTimeOffset.UtcNow);

    /// <summary>A local time in Asia/Shanghai, as UTC.</summary>
    public static DateTimeOffset Shanghai(int year, int month, int day, int hour, int minute) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _ticks, now.UtcTicks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        TimerDueTimes.Enqueue(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }
}
