using System.Data.Common;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Outbox;

/// <summary>
/// PostgreSQL: a page of a notice's recipients, and a dispatcher round's outcomes, each written by one statement over
/// unnested arrays instead of one round trip per row (measured with <c>bench/TurnBench --mode notice</c>: one INSERT
/// and one UPDATE per delivery were most of the database's statements). Same rows, same conflict rules: a key already
/// there is left alone, an outcome applies only to a row still being sent. Recipients keep their page order (ids).
/// </summary>
internal static class PostgresOutboxBatches
{
    private const string InsertSql =
        """
        INSERT INTO outbox (idempotency_key, kind, subject_id, notice_id, firing_id, member_key, reference_key, reference_member, reference_json, status, attempts, next_attempt_at, reason, created_at, updated_at)
        SELECT r.key, 'notice', @notice, @notice, @firing, r.member, r.ref, r.refmember, r.refjson, r.status, 0, @now, r.reason, @now, @now
        FROM unnest(@keys, @members, @refs, @refmembers, @refjsons, @statuses, @reasons) WITH ORDINALITY AS r(key, member, ref, refmember, refjson, status, reason, n)
        ORDER BY r.n
        ON CONFLICT (idempotency_key) DO NOTHING
        """;

    private const string CompleteSql =
        """
        UPDATE outbox o SET status = v.status, reason = v.reason, next_attempt_at = COALESCE(v.next, o.next_attempt_at),
            lease_until = NULL, updated_at = @now
        FROM unnest(@ids, @statuses, @reasons, @nexts) AS v(id, status, reason, next)
        WHERE o.id = v.id AND o.status = 'sending'
        """;

    public static async Task<int> InsertAsync(
        DbConnection connection, DbTransaction transaction, string noticeId, string firingId, IReadOnlyList<OutboxRecipientRow> rows, long now,
        CancellationToken cancellationToken)
    {
        await using var insert = connection.Command(InsertSql, transaction)
            .With("@notice", noticeId).With("@firing", firingId).With("@now", now)
            .With("@keys", rows.Select(r => r.Key).ToArray()).With("@members", rows.Select(r => r.Member).ToArray())
            .With("@refs", rows.Select(r => r.Reference).ToArray()).With("@refmembers", rows.Select(r => r.ReferenceMember).ToArray())
            .With("@refjsons", rows.Select(r => r.ReferenceJson).ToArray())
            .With("@statuses", rows.Select(r => r.Status).ToArray()).With("@reasons", rows.Select(r => r.Reason).ToArray());
        return await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task CompleteAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<OutboxOutcome> outcomes, long now, CancellationToken cancellationToken)
    {
        await using var update = connection.Command(CompleteSql, transaction).With("@now", now)
            .With("@ids", outcomes.Select(o => o.Id).ToArray())
            .With("@statuses", outcomes.Select(o => o.Status.Name()).ToArray())
            .With("@reasons", outcomes.Select(o => o.Reason).ToArray())
            .With("@nexts", outcomes.Select(o => o.RetryAt?.ToUnixTimeMilliseconds()).ToArray());
        await update.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>One outbox row of a notice's recipient, as both providers write it.</summary>
internal sealed record OutboxRecipientRow(string Key, string Member, string? Reference, string? ReferenceMember, string? ReferenceJson, string Status, string? Reason)
{
    /// <summary>Keyed by firing and member; skipped (the notice's reason), failed (unreachable), waiting (held for a first sign-in) or pending.</summary>
    public static OutboxRecipientRow Of(string firingId, OutboxRecipient recipient) => new(
        firingId + "|" + recipient.MemberKey.Format(),
        recipient.MemberKey.Format(),
        recipient.ReferenceKey?.Format(),
        recipient.ReferenceKey is null ? null : (recipient.ReferenceMember ?? recipient.MemberKey).Format(),
        recipient.WaitingReferenceJson,
        (recipient.SkipReason is not null ? OutboxStatus.Skipped
            : recipient.ReferenceKey is null ? OutboxStatus.Failed
            : recipient.WaitingReferenceJson is null ? OutboxStatus.Pending : OutboxStatus.Waiting).Name(),
        recipient.SkipReason ?? (recipient.ReferenceKey is null ? "unreachable" : null));
}
