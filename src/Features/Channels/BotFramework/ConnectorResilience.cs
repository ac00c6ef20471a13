using Microsoft.Extensions.DependencyInjection;
using EngageBot.Core.Turns;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// The Connector client's HTTP pipeline, per channel host: retry (outermost), circuit breaker, per-attempt timeout.
/// </summary>
public static class ConnectorResilience
{
    /// <summary>
    /// Who retries what: a turn's reply is tried at once, while the member waits, and this pipeline retries that
    /// immediate attempt a few times quickly (429/5xx/no answer/attempt timeout, honouring Retry-After up to
    /// Connector:MaxDelay). What still fails, or meets an open circuit, goes to the outbox, and from then on the
    /// outbox dispatcher owns every try (its backoff, Retry-After, expiry, across restarts): its sends
    /// (<see cref="OutboxDelivery"/>) pass this pipeline with the retry switched off, one try each, so no
    /// message is retried by both. The circuit breaker and the timeout apply to both paths.
    /// </summary>
    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder client)
    {
        client.AddResilienceHandler("connector", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
            var clock = context.ServiceProvider.GetRequiredService<TimeProvider>();
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(options.MaxAttempts - 1, 1),
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = false, // read below, capped at MaxDelay, dates against our clock
                ShouldHandle = args => ValueTask.FromResult(
                    !OutboxDelivery.IsCurrent && options.MaxAttempts > 1 && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.MaxDelay, clock)),
            });
            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = options.BreakAfter,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = options.BreakDuration,
            });
            pipeline.AddTimeout(options.AttemptTimeout);
        }).SelectPipelineByAuthority();
        return client;
    }

    /// <summary>The channel's Retry-After (seconds or a date), capped at <paramref name="max"/>; null without one.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan max, TimeProvider clock)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - clock.GetUtcNow() : null);
        return wait is not { } value ? null : value < TimeSpan.Zero ? TimeSpan.Zero : value < max ? value : max;
    }
}
