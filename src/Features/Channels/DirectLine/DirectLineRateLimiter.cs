using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>A token bucket per token identity (conversation + user): a client that floods gets 429.</summary>
public sealed class DirectLineRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public DirectLineRateLimiter(IOptions<DirectLineOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, o.RequestBurst),
            TokensPerPeriod = Math.Max(1, o.RequestsPerSecond),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Null when the call may go ahead, else the 429 answer with Retry-After (seconds).</summary>
    public IResult? Check(DirectLineCaller caller)
    {
        if (caller.IsSecret)
        {
            return null;
        }

        using var lease = _limiter.AttemptAcquire(caller.RateKey);
        if (lease.IsAcquired)
        {
            return null;
        }

        return new TooManyRequests();
    }

    public void Dispose() => _limiter.Dispose();

    private sealed class TooManyRequests : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = "1";
            return DirectLineErrors.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests",
                "Too many requests for this token; wait a moment and try again.").ExecuteAsync(httpContext);
        }
    }
}
