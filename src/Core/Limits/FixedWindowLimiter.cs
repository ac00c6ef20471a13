using System.Collections.Concurrent;

namespace EngageBot.Core.Limits;

/// <summary>
/// At most <c>permits</c> acquisitions per key in each fixed window, on the injected clock (tests move it by hand).
/// In memory: each instance counts on its own, so behind N instances a client gets up to N times the limit.
/// </summary>
public sealed class FixedWindowLimiter(int permits, TimeSpan window, TimeProvider clock)
{
    private const int PruneEvery = 1024;
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private int _sincePrune;

    /// <summary>True when the caller may go ahead; otherwise how long until the key's window ends.</summary>
    public bool TryAcquire(string key, out TimeSpan retryAfter)
    {
        var now = clock.GetUtcNow();
        PruneNowAndThen(now);
        var current = _windows.AddOrUpdate(
            key,
            _ => new Window(now, 1),
            (_, existing) => now >= existing.Start + window ? new Window(now, 1) : existing with { Count = existing.Count + 1 });
        if (current.Count <= permits)
        {
            retryAfter = TimeSpan.Zero;
            return true;
        }

        retryAfter = current.Start + window - now;
        return false;
    }

    // Windows of clients that went quiet are dropped, so the dictionary does not grow with every address ever seen.
    private void PruneNowAndThen(DateTimeOffset now)
    {
        if (Interlocked.Increment(ref _sincePrune) % PruneEvery != 0)
        {
            return;
        }

        foreach (var (key, value) in _windows)
        {
            if (now >= value.Start + window)
            {
                _windows.TryRemove(new KeyValuePair<string, Window>(key, value));
            }
        }
    }

    private sealed record Window(DateTimeOffset Start, int Count);
}
