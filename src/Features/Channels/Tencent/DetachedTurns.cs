using System.Collections.Concurrent;
using EngageBot.Core.Turns;
using EngageBot.Core.Protocol;
using Microsoft.Extensions.Hosting;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>
/// Turns and sends that outlive the callback that started them. WeChat and WeCom give a callback 5 seconds, but
/// a turn, once started, must finish and its replies must leave even after the callback was answered; so the
/// turn never takes the request's token, and a graceful stop waits for what is still running.
/// </summary>
public sealed class DetachedTurns(ChannelAdapter adapter) : IHostedService
{
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();

    /// <summary>Starts the turn for <paramref name="activity"/> on its own.</summary>
    public Task<TurnResult> Start(Activity activity)
    {
        var turn = Task.Run(() => adapter.ProcessAsync(activity, CancellationToken.None), CancellationToken.None);
        Track(turn);
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

    /// <summary>Keeps <paramref name="work"/> in view until it completes, so that stopping waits for it.</summary>
    public void Track(Task work)
    {
        _inFlight.TryAdd(work, 0);
        _ = ForgetWhenDoneAsync(work);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.WhenAll(_inFlight.Keys).WaitAsync(cancellationToken);

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
