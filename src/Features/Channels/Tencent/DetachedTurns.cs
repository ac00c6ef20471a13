using System.Collections.Concurrent;
using EngageBot.Core.Turns;
using EngageBot.Core.Protocol;
using Microsoft.Extensions.Hosting;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>
/// Turns and sends that outlive the callback that started them. WeChat and WeCom give a callback 5 seconds, but
/// a turn, once started, must finish and its replies must leave even after the callback was answered; so the
/// turn never takes the request's token, and a graceful stop waits for what is still running (and, out of time,
/// says what that is).
/// </summary>
public sealed class DetachedTurns(ChannelAdapter adapter) : IHostedService
{
    /// <summary>The work still running, each with what it is (no message text: it may end up in an error).</summary>
    private readonly ConcurrentDictionary<Task, string> _inFlight = new();

    /// <summary>Starts the turn for <paramref name="activity"/> on its own.</summary>
    public Task<TurnResult> Start(Activity activity)
    {
        var turn = Task.Run(() => adapter.ProcessAsync(activity, CancellationToken.None), CancellationToken.None);
        Track(turn, $"a {activity.ChannelId} {activity.Type} turn");
        return turn;
    }

    /// <summary>True when <paramref name="turn"/> finished within <paramref name="window"/> (or the request went away first: false).</summary>
    public static async Task<bool> FinishesWithinAsync(Task turn, TimeSpan window, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(window, clock, stop.Token);
#pragma warning disable VSTHRD003 // No SynchronizationContext in ASP.NET Core; the turn is detached on purpose.
        var finished = await Task.WhenAny(turn, delay) == turn;
#pragma warning restore VSTHRD003
        await stop.CancelAsync();
        return finished;
    }

    /// <summary>Keeps <paramref name="work"/> (<paramref name="what"/> it is) in view until it completes, so that stopping waits for it.</summary>
    public void Track(Task work, string what)
    {
        _inFlight.TryAdd(work, what);
        _ = ForgetWhenDoneAsync(work);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits for the work to end, however it ends (whoever awaits it reports a failure); out of time, names what still runs.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(_inFlight.Keys).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var running = _inFlight.Where(work => !work.Key.IsCompleted).Select(work => work.Value).ToList();
        if (running.Count > 0)
        {
            throw new TimeoutException($"The stop ran out of time with {running.Count} detached turn(s) still running: {string.Join("; ", running)}.");
        }
    }

    private async Task ForgetWhenDoneAsync(Task work)
    {
        try
        {
#pragma warning disable VSTHRD003 // See FinishesWithinAsync.
            await work;
#pragma warning restore VSTHRD003
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whoever awaits the work reports its failure; this only keeps count.
        }
        finally
        {
            _inFlight.TryRemove(work, out _);
        }
    }
}
