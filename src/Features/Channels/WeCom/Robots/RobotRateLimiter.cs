using System.Collections.Concurrent;
using System.Net;
using EngageBot.Core.Limits;

namespace EngageBot.Features.Channels.WeCom.Robots;

/// <summary>
/// WeCom's limit of N messages per minute per robot, as a sliding minute (<see cref="RateSlots"/>): WeCom counts
/// per robot, not per instance, so clustered (<c>Cluster:Enabled</c>) the robot's N slots live in the shared
/// database, and a robot found full is refused locally until its oldest slot frees, without asking the database
/// again. On one instance they are kept in memory. A send over the limit is not made: it fails as 429 with the time
/// until a slot frees as Retry-After, which the outbox honours.
/// </summary>
public sealed class RobotRateLimiter(TimeProvider clock, RateSlots slots)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _refusedUntil = new(StringComparer.Ordinal);

    /// <summary>Takes a slot for <paramref name="robot"/>, or throws 429 with Data["RetryAfter"].</summary>
    public async ValueTask TakeAsync(string robot, int perMinute, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_refusedUntil.TryGetValue(robot, out var until) && until > now)
        {
            throw Refused(until - now); // the fast path: no slot frees before then
        }

        var decision = await slots.TryTakeAsync(new RateLimit("wecom-robot:" + perMinute, perMinute, Window), robot, cancellationToken);
        if (!decision.Allowed)
        {
            _refusedUntil[robot] = now + decision.RetryAfter;
            throw Refused(decision.RetryAfter);
        }
    }

    private static HttpRequestException Refused(TimeSpan retryAfter)
    {
        var refused = new HttpRequestException("WeCom robot rate limit", null, HttpStatusCode.TooManyRequests);
        refused.Data["RetryAfter"] = retryAfter;
        return refused;
    }
}
