using EngageBot.Features.Channels.Tencent;

namespace EngageBot.Features.Tests.Channels.Tencent;

/// <summary>How a stop waits for the turns and sends that outlive their callbacks.</summary>
public sealed class DetachedTurnsTests
{
    // Tracking needs no adapter: only Start runs a turn.
    private readonly DetachedTurns _turns = new(null!);

    [Fact]
    public async Task A_stop_waits_for_the_work_still_running()
    {
        var work = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _turns.Track(work.Task, "a wecom-aibot message turn");

        var stop = _turns.StopAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(stop.IsCompleted);

        work.SetResult();
        await stop;
    }

    [Fact]
    public async Task Work_that_failed_or_was_cancelled_does_not_fail_the_stop()
    {
        _turns.Track(Task.FromException(new InvalidOperationException("reported where it is awaited")), "a failed turn");
        _turns.Track(Task.FromCanceled(new CancellationToken(canceled: true)), "a cancelled send");

        await _turns.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_stop_out_of_time_names_what_still_runs()
    {
        _turns.Track(new TaskCompletionSource().Task, "the finish of a WeCom robot stream after its turn");
        _turns.Track(Task.CompletedTask, "a turn that ended");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => _turns.StopAsync(new CancellationToken(canceled: true)));

        Assert.Contains("1 detached turn(s) still running: the finish of a WeCom robot stream after its turn.", error.Message, StringComparison.Ordinal);
    }
}
