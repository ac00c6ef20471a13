using System.Data.Common;
using System.Net;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Outbox;

/// <summary>
/// Turn replies, written to the outbox in the turn's own commit and sent live right after it. In-process channels
/// (Direct Line) append the reply in the transaction that deletes its row, so it is delivered exactly once whether
/// this send or, after a crash, the dispatcher delivers it. External channels delete the row once the channel took
/// the reply; a crash in between repeats that one send, with the row's key as the activity id. A reply the channel
/// does not take at once, or one behind an earlier message still waiting, is released to the dispatcher.
/// </summary>
public sealed partial class ParkedReplies(
    IDatabase database,
    OutboundRouter router,
    IEnumerable<ITransactionalActivitySender> inProcessSenders,
    OutboxHolds holds,
    OutboxSignal signal,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<ParkedReplies> logger)
{
    private readonly ITransactionalActivitySender[] _inProcess = [.. inProcessSenders];

    public async Task ParkAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<OutboxMessage> replies, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var reply in replies)
        {
            await OutboxRows.ParkAsync(connection, transaction, MessageOutbox.Entry(reply), now.ToUnixTimeMilliseconds(),
                (now + options.Value.Lease).ToUnixTimeMilliseconds(), cancellationToken);
        }
    }

    public async Task DeliverAsync(OutboxMessage reply, CancellationToken cancellationToken)
    {
        if (holds.IsHolding(reply.ConversationKey))
        {
            await ReleaseAsync(reply, null, cancellationToken);
            return;
        }

        if (_inProcess.FirstOrDefault(s => s.Handles(reply.Reference)) is { } sender)
        {
            await AppendAsync(sender, reply, cancellationToken);
            return;
        }

        try
        {
            await router.SendAsync(reply.Reference, reply.Activity, cancellationToken);
        }
        catch (Exception ex) when (IsPermanent(ex))
        {
            // Refused for good (4xx other than 429, an untrusted serviceUrl, no sender): a retry would be refused too.
            LogRefused(logger, ex);
            await SettleAsync(reply.IdempotencyKey, OutboxStatus.Failed, "refused", clock.GetUtcNow(), cancellationToken);
            return;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            LogDeferred(logger, ex);
            await ReleaseAsync(reply, (ex as HttpRequestException)?.Data["RetryAfter"] as TimeSpan?, cancellationToken);
            return;
        }

        await SettleAsync(reply.IdempotencyKey, null, null, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>Appends the reply in the transaction that deletes its row: if the dispatcher took the row meanwhile, it appends instead.</summary>
    private async Task AppendAsync(ITransactionalActivitySender sender, OutboxMessage reply, CancellationToken cancellationToken)
    {
        try
        {
            var appended = await database.WriteAsync(async (connection, transaction) =>
            {
                if (!await OutboxRows.SettleParkedAsync(connection, transaction, reply.IdempotencyKey, null, null, 0, 0, cancellationToken))
                {
                    return false;
                }

                await sender.AppendAsync(reply.Reference, reply.Activity, connection, transaction, cancellationToken);
                return true;
            }, cancellationToken);
            if (appended)
            {
                await sender.PublishCommittedAsync([reply.Reference], cancellationToken);
            }
        }
        catch (InvalidOperationException ex)
        {
            // The conversation is not hosted here (any more): nothing to append to, now or later.
            LogRefused(logger, ex);
            await SettleAsync(reply.IdempotencyKey, OutboxStatus.Failed, "no_channel", clock.GetUtcNow(), cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or IOException)
        {
            // The append failed and its transaction rolled back with the row still claimed: the dispatcher retries it.
            LogDeferred(logger, ex);
            await ReleaseAsync(reply, null, cancellationToken);
        }
    }

    /// <summary>Hands the reply to the dispatcher (due now, or after the channel's Retry-After) behind the conversation's earlier messages.</summary>
    private async Task ReleaseAsync(OutboxMessage reply, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        // Not held any more when the dispatcher took the row over (a restart, or a lease that ran out): nothing to hand on.
        if (await SettleAsync(reply.IdempotencyKey, OutboxStatus.Pending, null, clock.GetUtcNow() + (retryAfter ?? TimeSpan.Zero), cancellationToken))
        {
            holds.Hold(reply.ConversationKey);
            signal.Notify();
        }
    }

    private Task<bool> SettleAsync(string key, OutboxStatus? status, string? reason, DateTimeOffset next, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, transaction) => OutboxRows.SettleParkedAsync(
                connection, transaction, key, status, reason, clock.GetUtcNow().ToUnixTimeMilliseconds(), next.ToUnixTimeMilliseconds(), cancellationToken),
            cancellationToken);

    private static bool IsPermanent(Exception ex) =>
        ex is InvalidOperationException
        || (ex is HttpRequestException { StatusCode: { } status } && status != HttpStatusCode.TooManyRequests && (int)status < 500);

    [LoggerMessage(EventId = 620, Level = LogLevel.Warning, Message = "A reply could not be delivered at once; the outbox delivers it")]
    private static partial void LogDeferred(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 621, Level = LogLevel.Error, Message = "The channel refused a reply")]
    private static partial void LogRefused(ILogger logger, Exception exception);
}
