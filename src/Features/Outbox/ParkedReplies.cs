using System.Collections.Concurrent;
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
/// Turn replies, written to <c>parked_replies</c> in the turn's commit and sent live right after it. In-process channels
/// (Direct Line) get the reply appended in the turn's commit instead; only when an earlier message of the conversation
/// waits in the outbox (or that append fails) is it parked, then appended in the transaction that deletes its row:
/// exactly once, by this send or after a crash by the dispatcher. External channels leave the delete to
/// <see cref="DeliveredReplies"/> (a later group commit; a crash in between repeats one send, same activity id). A
/// reply the channel does not take at once, or one behind a waiting message, moves into the outbox. A table of its own:
/// a row there dirties one small B-tree per commit, an outbox row five and a second commit (bench/README.md).
/// </summary>
public sealed partial class ParkedReplies(
    IDatabase database,
    DeliveredReplies delivered,
    OutboundRouter router,
    IEnumerable<ITransactionalActivitySender> inProcessSenders,
    OutboxHolds holds,
    OutboxSignal signal,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<ParkedReplies> logger)
{
    private readonly ITransactionalActivitySender[] _inProcess = [.. inProcessSenders];
    // Replies appended in their turn's commit, by key: their delivery is only the wake-up of live readers.
    private readonly ConcurrentDictionary<string, ITransactionalActivitySender> _appended = new(StringComparer.Ordinal);
    private static readonly Savepoint AppendSavepoint = new("append_now");

    public async Task ParkAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<OutboxMessage> replies, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var reply in replies)
        {
            if (await TryAppendNowAsync(connection, transaction, reply, cancellationToken))
            {
                continue;
            }

            await ParkedRows.ParkAsync(connection, transaction, reply,
                JsonSerializer.Serialize(reply.Reference, ProtocolJson.Default.ConversationReference),
                reply.StoredActivity().Parameter(database.Provider),
                now.ToUnixTimeMilliseconds(), (now + options.Value.Lease).ToUnixTimeMilliseconds(), cancellationToken);
        }
    }

    /// <summary>
    /// PostgreSQL's one-batch turn commit: the parked rows as statements of that batch, for replies no in-process channel
    /// takes (those are appended in the transaction, behind a check and a savepoint: <see cref="ParkAsync"/>).
    /// </summary>
    public Action<DbBatch>? ParkInBatch(IReadOnlyList<OutboxMessage> replies)
    {
        if (replies.Any(reply => _inProcess.Any(s => s.Handles(reply.Reference))))
        {
            return null;
        }

        // Serialised only when the batch is built (SQLite never builds one).
        return batch =>
        {
            var now = clock.GetUtcNow();
            foreach (var reply in replies)
            {
                ParkedRows.Park(batch, reply,
                    JsonSerializer.Serialize(reply.Reference, ProtocolJson.Default.ConversationReference),
                    reply.StoredActivity().Parameter(database.Provider),
                    now.ToUnixTimeMilliseconds(), (now + options.Value.Lease).ToUnixTimeMilliseconds());
            }
        };
    }

    /// <summary>
    /// Moves rows a previous life (or, with several instances, one whose lease ran out) left parked into the outbox
    /// as pending: all of them when <paramref name="leaseExpiredBefore"/> is null (one SQLite process starting up).
    /// </summary>
    public Task<int> RecoverAsync(DateTimeOffset? leaseExpiredBefore, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        return database.WriteAsync((connection, transaction) => ParkedRows.MoveAsync(
            database.Provider, connection, transaction, null, leaseExpiredBefore?.ToUnixTimeMilliseconds(), OutboxStatus.Pending, null, now, now, cancellationToken),
            cancellationToken);
    }

    public async Task DeliverAsync(OutboxMessage reply, CancellationToken cancellationToken)
    {
        if (_appended.TryRemove(reply.IdempotencyKey, out var appendedBy))
        {
            await appendedBy.PublishCommittedAsync([reply.Reference], cancellationToken);
            return;
        }

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
            await MoveAsync(reply.IdempotencyKey, OutboxStatus.Failed, "refused", clock.GetUtcNow(), cancellationToken);
            return;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            LogDeferred(logger, ex);
            await ReleaseAsync(reply, (ex as HttpRequestException)?.Data["RetryAfter"] as TimeSpan?, cancellationToken);
            return;
        }

        delivered.Delivered(reply.IdempotencyKey);
    }

    /// <summary>
    /// In-process channels: appends the reply in the turn's transaction, unless an earlier message of the conversation
    /// waits in the outbox (checked in the transaction too, so none committed before this turn is overtaken). A rollback of
    /// the turn takes the append with it; the turn then runs again, or the channel redelivers it.
    /// </summary>
    private async Task<bool> TryAppendNowAsync(DbConnection connection, DbTransaction transaction, OutboxMessage reply, CancellationToken cancellationToken)
    {
        if (_inProcess.FirstOrDefault(s => s.Handles(reply.Reference)) is not { } sender
            || holds.IsHolding(reply.ConversationKey)
            || await ParkedRows.OutboxWaitsAsync(connection, transaction, reply.ConversationKey.Format(), cancellationToken))
        {
            return false;
        }

        // A savepoint of its own: a failed append rolls back alone and the reply is parked, so the turn still commits.
        await AppendSavepoint.SaveAsync(connection, transaction, cancellationToken);
        try
        {
            await sender.AppendAsync(reply.Reference, reply.Activity, connection, transaction, cancellationToken);
            await AppendSavepoint.ReleaseAsync(connection, transaction, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or DbException or IOException)
        {
            // Not hosted here (its delivery records why it cannot go), or the log's write failed (retried later).
            await AppendSavepoint.RollbackAsync(connection, transaction, cancellationToken);
            return false;
        }

        _appended[reply.IdempotencyKey] = sender;
        return true;
    }

    /// <summary>Appends the reply in the transaction that deletes its row: if the dispatcher took the row meanwhile, it appends instead.</summary>
    private async Task AppendAsync(ITransactionalActivitySender sender, OutboxMessage reply, CancellationToken cancellationToken)
    {
        try
        {
            var appended = await database.WriteAsync(async (connection, transaction) =>
            {
                if (await ParkedRows.DeleteAsync(database.Provider, connection, transaction, [reply.IdempotencyKey], cancellationToken) == 0)
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
            await MoveAsync(reply.IdempotencyKey, OutboxStatus.Failed, "no_channel", clock.GetUtcNow(), cancellationToken);
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
        if (await MoveAsync(reply.IdempotencyKey, OutboxStatus.Pending, null, clock.GetUtcNow() + (retryAfter ?? TimeSpan.Zero), cancellationToken))
        {
            holds.Hold(reply.ConversationKey);
            signal.Notify();
        }
    }

    /// <summary>Moves the reply's row into the outbox; false when it is not parked any more (the recovery moved it first).</summary>
    private async Task<bool> MoveAsync(string key, OutboxStatus status, string? reason, DateTimeOffset next, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        return await database.WriteAsync(
            (connection, transaction) => ParkedRows.MoveAsync(
                database.Provider, connection, transaction, key, null, status, reason, now, next.ToUnixTimeMilliseconds(), cancellationToken),
            cancellationToken) > 0;
    }

    private static bool IsPermanent(Exception ex) =>
        ex is InvalidOperationException
        || (ex is HttpRequestException { StatusCode: { } status } && status != HttpStatusCode.TooManyRequests && (int)status < 500);
}
