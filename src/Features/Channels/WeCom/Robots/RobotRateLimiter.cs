using System.Collections.Concurrent;
using System.Net;

namespace EngageBot.Features.Channels.WeCom.Robots;

/// <summary>
/// WeCom's limit of N messages per minute per robot, as a sliding window. A send over the limit is not made: it
/// fails as 429 with the time until a slot frees as Retry-After, which the outbox honours.
/// </summary>
public sealed class RobotRateLimiter(TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _sent = new(StringComparer.Ordinal);

    /// <summary>Takes a slot for <paramref name="robot"/>, or throws 429 with Data["RetryAfter"].</summary>
    public void Take(string robot, int perMinute)
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
                var refused = new HttpRequestException("WeCom robot rate limit", null, HttpStatusCode.TooManyRequests);
                refused.Data["RetryAfter"] = sent.Peek() + Window - now;
                throw refused;
            }

            sent.Enqueue(now);
        }
    }
}
