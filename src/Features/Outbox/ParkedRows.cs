using System.Data.Common;
using EngageBot.Core.Turns;
using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Postgres;

namespace EngageBot.Features.Outbox;

/// <summary>
/// The SQL of <c>parked_replies</c>: a turn's replies from the turn's commit until the channel took them. A row
/// leaves either deleted (delivered) or moved into the outbox as an ordinary message row (the live send failed,
/// an earlier message waits, or the process died), in one statement set so it is never in both places.
/// </summary>
public static class ParkedRows
{
    // @payload: SQLite is given the activity's UTF-8 bytes (StoredJson), which the cast stores as the TEXT a string gave.
    private const string InsertSql =
        """
        INSERT INTO parked_replies (idempotency_key, member_key, reference_key, reference_json, payload, lease_until, created_at)
        VALUES (@key, @member, @ref, @refjson, CAST(@payload AS TEXT), @lease, @now)
        """;

    private const string DeleteSql = "DELETE FROM parked_replies WHERE idempotency_key = @key";

    // PostgreSQL: every delivered key in one statement, the keys listed so its plan is kept (KeyListSql).
    private static readonly KeyListSql DeleteAll = new(keys => $"DELETE FROM parked_replies WHERE idempotency_key {keys}");

    private const string OutboxColumns =
        "idempotency_key, kind, subject_id, member_key, reference_key, reference_json, payload, status, attempts, next_attempt_at, reason, created_at, updated_at";

    private const string AsOutboxRow =
        "idempotency_key, 'message', NULL, member_key, reference_key, reference_json, payload, CAST(@status AS TEXT), 0, @next, CAST(@reason AS TEXT), created_at, @now";

    /// <summary>Which rows a move takes: one reply by key, or (recovery) every row, or those whose lease ran out.</summary>
    private const string Which = "(CAST(@key AS TEXT) IS NOT NULL AND idempotency_key = @key) OR (CAST(@key AS TEXT) IS NULL AND (@all = 1 OR lease_until < @before))";

    public static async Task ParkAsync(
        DbConnection connection, DbTransaction transaction, OutboxMessage reply, string referenceJson, object payload,
        long now, long leaseUntil, CancellationToken cancellationToken)
    {
        await using var insert = connection.Command(InsertSql, transaction);
        insert.With("@key", reply.IdempotencyKey).With("@member", reply.MemberKey.Format()).With("@ref", reply.ConversationKey.Format())
            .With("@refjson", referenceJson).With("@payload", payload).With("@lease", leaseUntil).With("@now", now);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The same insert as <see cref="ParkAsync"/>, as a statement of a batch (PostgreSQL's one-batch turn commit).</summary>
    public static void Park(DbBatch batch, OutboxMessage reply, string referenceJson, object payload, long now, long leaseUntil) =>
        batch.Add(InsertSql).With("@key", reply.IdempotencyKey).With("@member", reply.MemberKey.Format()).With("@ref", reply.ConversationKey.Format())
            .With("@refjson", referenceJson).With("@payload", payload).With("@lease", leaseUntil).With("@now", now);

    /// <summary>True while an earlier message to the conversation waits in the outbox (a new reply must go behind it).</summary>
    public static async Task<bool> OutboxWaitsAsync(
        DbConnection connection, DbTransaction transaction, string conversationKey, CancellationToken cancellationToken)
    {
        await using var waits = connection.Command(
            "SELECT 1 FROM outbox WHERE reference_key = @c AND status IN ('pending', 'sending') LIMIT 1", transaction);
        waits.With("@c", conversationKey);
        return await waits.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>
    /// Deletes delivered rows; returns how many were still here (a row the recovery moved meanwhile is not). PostgreSQL
    /// deletes them all in one statement (one round trip however many replies were delivered since the last write);
    /// SQLite runs its prepared single-key delete per key on the one writer, where a statement is no round trip.
    /// </summary>
    public static async Task<int> DeleteAsync(
        StorageProvider provider, DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<string> keys,
        CancellationToken cancellationToken)
    {
        if (provider == StorageProvider.Postgres)
        {
            await using var all = DeleteAll.Command(connection, keys, transaction);
            return await all.ExecuteNonQueryAsync(cancellationToken);
        }

        var deleted = 0;
        foreach (var key in keys)
        {
            // SQLite: always inside the one writer's transaction.
            await using var delete = connection.Command(DeleteSql, transaction);
            delete.With("@key", key);
            deleted += await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        return deleted;
    }

    /// <summary>
    /// Moves rows into the outbox with <paramref name="status"/>, due at <paramref name="nextAttemptAt"/>, keeping their
    /// order: the reply <paramref name="key"/>, or with no key every row (<paramref name="leaseExpiredBefore"/> null) or
    /// those leased until before it. Returns how many rows left <c>parked_replies</c>.
    /// </summary>
    public static async Task<int> MoveAsync(
        StorageProvider provider, DbConnection connection, DbTransaction transaction, string? key, long? leaseExpiredBefore,
        OutboxStatus status, string? reason, long now, long nextAttemptAt, CancellationToken cancellationToken)
    {
        if (provider == StorageProvider.Postgres)
        {
            // Delete first and insert what was deleted: a live send deleting the same row concurrently wins or loses as a whole.
            await using var move = Parameters(connection.Command(
                $"""
                WITH moved AS (DELETE FROM parked_replies WHERE {Which} RETURNING *),
                     added AS (INSERT INTO outbox ({OutboxColumns}) SELECT {AsOutboxRow} FROM moved ORDER BY id ON CONFLICT (idempotency_key) DO NOTHING)
                SELECT COUNT(*) FROM moved
                """, transaction), key, leaseExpiredBefore, status, reason, now, nextAttemptAt);
            return Convert.ToInt32(await move.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        // SQLite: one writer, so nothing runs between the two statements.
        await using (var insert = Parameters(connection.Command(
            $"INSERT INTO outbox ({OutboxColumns}) SELECT {AsOutboxRow} FROM parked_replies WHERE {Which} ORDER BY id ON CONFLICT (idempotency_key) DO NOTHING",
            transaction), key, leaseExpiredBefore, status, reason, now, nextAttemptAt))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var delete = Parameters(connection.Command($"DELETE FROM parked_replies WHERE {Which}", transaction),
            key, leaseExpiredBefore, status: null, reason: null, now, nextAttemptAt);
        return await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Parameters(
        DbCommand command, string? key, long? leaseExpiredBefore, OutboxStatus? status, string? reason, long now, long nextAttemptAt)
    {
        command.With("@key", key).With("@all", leaseExpiredBefore is null ? 1 : 0).With("@before", leaseExpiredBefore ?? now);
        return status is null ? command : command.With("@status", status.Value.Name()).With("@reason", reason).With("@now", now).With("@next", nextAttemptAt);
    }
}
