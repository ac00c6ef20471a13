using EngageBot.Core.Turns;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Outbox;

/// <summary>
/// What becomes of a row whose send failed. Transient failures (429, 5xx, no answer, timeout, open circuit) are
/// tried again with jittered exponential backoff, or after the channel's Retry-After when that is longer, never
/// later than <see cref="DeliveryOptions.MaxDelay"/>. Notices give up after <see cref="DeliveryOptions.MaxAttempts"/>;
/// what a member is owed (turn replies, sign-up news, hand-off replies) is tried until <see cref="DeliveryOptions.Expiry"/>.
/// </summary>
public sealed partial class OutboxRetryPolicy(IOptions<DeliveryOptions> options, TimeProvider clock, ILogger<OutboxRetryPolicy> logger)
{
    /// <summary>True when a member's message waited longer than <see cref="DeliveryOptions.Expiry"/>.</summary>
    public bool Expired(OutboxItem item)
    {
        var expired = item.Kind != OutboxKind.Notice && clock.GetUtcNow() - item.CreatedAt > options.Value.Expiry;
        if (expired)
        {
            LogGaveUp(logger, item.Id, item.Attempts);
        }

        return expired;
    }

    public OutboxOutcome AfterFailure(OutboxItem item, Exception failure)
    {
        if (failure is InvalidOperationException)
        {
            // No sender for the channel, or a serviceUrl that no verified request carried: retrying cannot help.
            return OutboxOutcome.Failed(item.Id, "no_channel");
        }

        var http = failure as HttpRequestException;
        // No HTTP answer: an in-process append whose write failed ("storage"), or a send that timed out.
        var reason = http is null ? (failure is System.Data.Common.DbException or IOException ? "storage" : "timeout") : Reason(http);
        if (http is not null && !IsTransient(http.StatusCode))
        {
            LogFailed(logger, item.Id, (int?)http.StatusCode);
            return OutboxOutcome.Failed(item.Id, reason);
        }

        var settings = options.Value;
        var now = clock.GetUtcNow();
        if (item.Kind == OutboxKind.Notice ? item.Attempts >= settings.MaxAttempts : now - item.CreatedAt > settings.Expiry)
        {
            LogGaveUp(logger, item.Id, item.Attempts);
            return OutboxOutcome.Failed(item.Id, item.Kind == OutboxKind.Notice ? reason : "expired");
        }

        var backoff = settings.BaseDelay * Math.Pow(2, Math.Min(item.Attempts - 1, 16)) * (0.75 + (Random.Shared.NextDouble() / 2));
        var delay = http?.Data["RetryAfter"] is TimeSpan after && after > backoff ? after : backoff;
        delay = delay < settings.MaxDelay ? delay : settings.MaxDelay;
        return OutboxOutcome.Retry(item.Id, reason, now + delay);
    }

    private static bool IsTransient(HttpStatusCode? status) =>
        status is null || status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>
    /// The sender's own word when it gave one ("timeout", "circuit_open", "wecom_invaliduser", "wechat_refused"); else
    /// "http_429", "http_403", …; or "network" when no answer came.
    /// </summary>
    private static string Reason(HttpRequestException ex) =>
        ex.Data["Reason"] as string
        ?? (ex.StatusCode is { } status ? "http_" + ((int)status).ToString(CultureInfo.InvariantCulture) : "network");

    [LoggerMessage(EventId = 601, Level = LogLevel.Warning, Message = "Outbox row {Id}: permanent failure (status {Status})")]
    private static partial void LogFailed(ILogger logger, long id, int? status);

    [LoggerMessage(EventId = 602, Level = LogLevel.Warning, Message = "Outbox row {Id}: giving up after {Attempts} attempts")]
    private static partial void LogGaveUp(ILogger logger, long id, int attempts);
}
