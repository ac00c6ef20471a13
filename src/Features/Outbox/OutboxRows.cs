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
        INSERT INTO outbox (idempotency_key, kind, subject_id, member_key, reference_key, reference_member, reference_json, payload,
                            status, attempts, next_attempt_at, reason, created_at, updated_at)
        VALUES (@key, @kind, @subject, @member, @ref, @refmember, @refjson, @payload, 'pending', 0, @now, NULL, @now, @now)
        ON CONFLICT (idempotency_key) DO NOTHING
        """;

    /// <summary>Adds the row (once per idempotency key) and returns its id.</summary>
    public static async Task<long> AddAsync(DbConnection connection, DbTransaction transaction, OutboxEntry entry, long now, CancellationToken cancellationToken)
    {
        await using (var insert = connection.Command(InsertSql, transaction)
            .With("@key", entry.IdempotencyKey).With("@kind", entry.Kind.Name()).With("@subject", entry.SubjectId)
            .With("@member", entry.MemberKey.Format()).With("@ref", entry.ReferenceKey?.Format())
            .With("@refmember", entry.ReferenceKey is null ? null : (entry.ReferenceMember ?? entry.MemberKey).Format()).With("@refjson", entry.ReferenceJson)
            .With("@payload", entry.Payload).With("@now", now))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var id = connection.Command("SELECT id FROM outbox WHERE idempotency_key = @key", transaction)
            .With("@key", entry.IdempotencyKey);
        return Convert.ToInt64(await id.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
