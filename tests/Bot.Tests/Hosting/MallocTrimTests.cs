using EngageBot.Bot.NativeHeap;

namespace EngageBot.Bot.Tests.Hosting;

/// <summary>malloc's free pages go back to the system on a period, and never after the host stopped.</summary>
public sealed class MallocTrimTests
{
    [Fact]
    public async Task Trims_on_every_period_until_the_host_stops()
    {
        var calls = 0;
        using var trim = new MallocTrim(new NativeHeapOptions { TrimEvery = TimeSpan.FromMilliseconds(10) }, TimeProvider.System, () =>
        {
            Interlocked.Increment(ref calls);
            return true;
        });

        await trim.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Volatile.Read(ref calls) < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        await trim.StopAsync(CancellationToken.None);
        var atStop = Volatile.Read(ref calls);
        await Task.Delay(100);

        Assert.True(atStop >= 3, $"three periods passed with {atStop} trims");
        Assert.Equal(atStop, Volatile.Read(ref calls));
        Assert.Equal(atStop, trim.Trims);
    }

    [Fact]
    public async Task A_zero_period_turns_the_trim_off()
    {
        var calls = 0;
        using var trim = new MallocTrim(new NativeHeapOptions { TrimEvery = TimeSpan.Zero }, TimeProvider.System, () => ++calls > 0);

        await trim.StartAsync(CancellationToken.None);
        await Task.Delay(100);
        await trim.StopAsync(CancellationToken.None);

        Assert.Equal(0, calls);
    }

    [Fact]
    public void The_calls_reach_glibc_on_linux()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // no glibc: both calls read false by design
        }

        // mallopt answers 1 when glibc took the option: a wrong entry point or signature would read false.
        Assert.True(Glibc.LimitArenas(2), "mallopt(M_ARENA_MAX, 2) is glibc's and takes 2");
        _ = Glibc.Trim(); // 1 or 0 depending on what was free; it must not throw
    }
}
