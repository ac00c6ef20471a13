using System.Collections.Concurrent;
using System.Net;
using EngageBot.Core.Limits;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Channels.WeCom.Robots;

/// <summary>
/// WeCom's limit of N messages per minute per robot. WeCom counts per robot, not per instance, so clustered
/// (<c>Cluster:Enabled</c>) the count lives in the shared database (<see cref="RateWindows"/>: one row per robot and
/// minute, one upsert per send); a robot refused there is refused locally until its minute ends, without asking the
/// database again. On one instance it is a sliding window in memory. A send over the limit is not made: it fails as
/// 429 with the time until a slot frees as Retry-After, which the outbox honours.
/// </summary>
public sealed class RobotRateLimiter(TimeProvider clock, ClusterRegistration cluster, RateWindows windows)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _sent = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _refusedUntil = new(StringComparer.Ordinal);

    /// <summary>Takes a slot for <paramref name="robot"/>, or throws 429 with Data["RetryAfter"].</summary>
    public async ValueTask TakeAsync(string robot, int perMinute, CancellationToken cancellationToken)
    {
        if (!cluster.Enabled)
        {
            TakeLocal(robot, perMinute);
            return;
        }

        var now = clock.GetUtcNow();
        if (_refusedUntil.TryGetValue(robot, out var until) && until > now)
        {
            throw Refused(until - now); // the fast path: this minute is known to be full
        }

        var decision = await windows.TryAcquireAsync(new RateLimit("wecom-robot:" + perMinute, perMinute, Window), robot, cancellationToken);
        if (!decision.Allowed)
        {
            _refusedUntil[robot] = now + decision.RetryAfter;
            throw Refused(decision.RetryAfter);
        }
    }

    private void TakeLocal(string robot, int perMinute)
    {
        var sent = _sent.GetOrAdd(robot, _ => new Queue<DateTimeOffset>());
        var now = clock.GetUtcNow();
        lock (sent)
        {
            while (sent.Count > 0 && now - sent.Peek() >= Window)
            {
                sent.Dequeue();
            }

            if (sent.Count >= perMinute)
            {
                throw Refused(sent.Peek() + Window - now);
            }

            sent.Enqueue(now);
        }
    }

    private static HttpRequestException Refused(TimeSpan retryAfter)
    {
        var refused = new HttpRequestException("WeCom robot rate limit", null, HttpStatusCode.TooManyRequests);
        refused.Data["RetryAfter"] = retryAfter;
        return refused;
    }
}
