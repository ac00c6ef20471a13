using EngageBot.Core.Turns;
using EngageBot.Infrastructure;
using System.Data.Common;
using System.Globalization;

namespace EngageBot.Features.Outbox;

/// <summary>
/// Adds rows to the outbox inside the caller's transaction, so a message commits with the change it tells
/// of (a promotion with the cancellation that freed the seat) or not at all.
/// </summary>
public static class OutboxRows
{
    private const string InsertSql =
        """
        INSERT INTO outbox (idempotency_key, kind, subject_id, member_key, reference_key, reference_json, payload,
                            status, attempts, next_attempt_at, reason, created_at, updated_at)
        VALUES (@key, @kind, @subject, @member, @ref, @refjson, @payload, 'pending', 0, @now, NULL, @now, @now)
        ON CONFLICT (idempotency_key) DO NOTHING
        """;

    /// <summary>Adds the row (once per idempotency key) and returns its id.</summary>
    public static async Task<long> AddAsync(DbConnection connection, DbTransaction transaction, OutboxEntry entry, long now, CancellationToken cancellationToken)
    {
        await using (var insert = connection.Command(InsertSql, transaction)
            .With("@key", entry.IdempotencyKey).With("@kind", entry.Kind.Name()).With("@subject", entry.SubjectId)
            .With("@member", entry.MemberKey.Format()).With("@ref", entry.ReferenceKey?.Format()).With("@refjson", entry.ReferenceJson)
            .With("@payload", entry.Payload).With("@now", now))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var id = connection.Command("SELECT id FROM outbox WHERE idempotency_key = @key", transaction)
            .With("@key", entry.IdempotencyKey);
        return Convert.ToInt64(await id.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Adds a turn's reply as claimed by the live send that follows the turn's commit (status 'sending', no attempt
    /// yet, leased until <paramref name="leaseUntil"/>): the dispatcher takes it only once it is released, by that
    /// send failing, by a restart, or by the lease running out.
    /// </summary>
    public static async Task ParkAsync(DbConnection connection, DbTransaction transaction, OutboxEntry entry, long now, long leaseUntil, CancellationToken cancellationToken)
    {
        await using var insert = connection.Command(
            """
            INSERT INTO outbox (idempotency_key, kind, subject_id, member_key, reference_key, reference_json, payload,
                                status, attempts, next_attempt_at, lease_until, reason, created_at, updated_at)
            VALUES (@key, @kind, NULL, @member, @ref, @refjson, @payload, 'sending', 0, @now, @lease, NULL, @now, @now)
            ON CONFLICT (idempotency_key) DO NOTHING
            """, transaction)
            .With("@key", entry.IdempotencyKey).With("@kind", entry.Kind.Name()).With("@member", entry.MemberKey.Format())
            .With("@ref", entry.ReferenceKey?.Format()).With("@refjson", entry.ReferenceJson).With("@payload", entry.Payload)
            .With("@now", now).With("@lease", leaseUntil);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Ends a parked reply's live claim: deletes it (<paramref name="status"/> null: delivered) or sets it to the status
    /// given, due again at <paramref name="nextAttemptAt"/>. False when the live send no longer holds it (the dispatcher took it after a restart or an expired lease).
    /// </summary>
    public static async Task<bool> SettleParkedAsync(
        DbConnection connection, DbTransaction transaction, string key, OutboxStatus? status, string? reason, long now, long nextAttemptAt, CancellationToken cancellationToken)
    {
        await using var settle = (status is null
            ? connection.Command("DELETE FROM outbox WHERE idempotency_key = @key AND status = 'sending' AND attempts = 0", transaction)
            : connection.Command(
                """
                UPDATE outbox SET status = @s, reason = @r, next_attempt_at = @next, lease_until = NULL, updated_at = @now
                WHERE idempotency_key = @key AND status = 'sending' AND attempts = 0
                """, transaction).With("@s", status.Value.Name()).With("@r", reason).With("@now", now).With("@next", nextAttemptAt))
            .With("@key", key);
        return await settle.ExecuteNonQueryAsync(cancellationToken) > 0;
    }
}
