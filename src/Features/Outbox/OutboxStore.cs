using EngageBot.Core.State;
using EngageBot.Core.Turns;
using System.Data.Common;
using System.Globalization;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Outbox;

/// <summary>
/// The durable outbox. Notice rows are written in batches when a notice fires (idempotent on their key), other
/// rows one by one (<see cref="OutboxRows"/>); all are claimed in batches by the dispatcher (SQLite: inside the
/// single writer; PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>), only the oldest waiting row of each conversation,
/// so a conversation's messages leave in order; and completed in one transaction per batch.
/// </summary>
public sealed class OutboxStore(IDatabase database)
{
    private const string InsertSql =
        """
        INSERT INTO outbox (idempotency_key, kind, subject_id, notice_id, firing_id, member_key, reference_key, reference_member, reference_json, status, attempts, next_attempt_at, reason, created_at, updated_at)
        SELECT @key, 'notice', @notice, @notice, @firing, @member, @ref, @refmember, @refjson, @status, 0, @now, @reason, @now, @now WHERE 1 = 1
        ON CONFLICT (idempotency_key) DO NOTHING
        """;

    // Due, and first in its conversation: an earlier row still waiting (or in flight) holds the later ones back.
    private const string Due =
        """
        o.status = 'pending' AND o.next_attempt_at <= @now
          AND (o.reference_key IS NULL OR NOT EXISTS (SELECT 1 FROM outbox p
               WHERE p.reference_key = o.reference_key AND p.id < o.id AND p.status IN ('pending', 'sending')))
        """;

    // The reference by its member and key (layout E: one B-tree, SEARCH ... USING PRIMARY KEY), its columns from 10 on.
    private const string Columns = "o.id, o.kind, o.subject_id, o.member_key, o.attempts, o.reference_json, o.idempotency_key, o.reference_key, o.payload, o.created_at, " + ReferenceRows.Columns;

    private const string References =
        "LEFT JOIN conversation_references r ON r.member_key = o.reference_member AND r.key = o.reference_key LEFT JOIN reference_routes t ON t.id = r.route";

    private const string SelectDueSqlite =
        $"""
        SELECT {Columns}
        FROM outbox o {References}
        WHERE {Due}
        ORDER BY o.next_attempt_at, o.id LIMIT @n
        """;

    private const string ClaimPostgres =
        $"""
        WITH claimed AS (
            UPDATE outbox u SET status = 'sending', lease_until = @lease, attempts = u.attempts + 1, updated_at = @now
            FROM (SELECT o.id FROM outbox o WHERE {Due}
                  ORDER BY o.next_attempt_at, o.id LIMIT @n FOR UPDATE SKIP LOCKED) due
            WHERE u.id = due.id
            RETURNING u.*)
        SELECT {Columns}
        FROM claimed o {References}
        ORDER BY o.id
        """;

    /// <summary>
    /// Writes one batch of recipients of a firing; returns how many rows were new. A recipient the notice leaves out
    /// (<see cref="OutboxRecipient.SkipReason"/>: unsubscribed, as Notices decides) is recorded as skipped.
    /// </summary>
    public Task<int> AddAsync(string noticeId, string firingId, IReadOnlyList<OutboxRecipient> recipients, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var rows = recipients.Select(r => OutboxRecipientRow.Of(firingId, r)).ToList();
            if (database.Provider == StorageProvider.Postgres)
            {
                return rows.Count == 0 ? 0
                    : await PostgresOutboxBatches.InsertAsync(connection, transaction, noticeId, firingId, rows, now.ToUnixTimeMilliseconds(), cancellationToken);
            }

            await using var insert = connection.Command(InsertSql, transaction);
            var key = Parameter(insert, "@key");
            var member = Parameter(insert, "@member");
            var reference = Parameter(insert, "@ref");
            var referenceMember = Parameter(insert, "@refmember");
            var referenceJson = Parameter(insert, "@refjson");
            var status = Parameter(insert, "@status");
            var reason = Parameter(insert, "@reason");
            insert.With("@notice", noticeId).With("@firing", firingId).With("@now", now.ToUnixTimeMilliseconds());
            var added = 0;
            foreach (var row in rows)
            {
                key.Value = row.Key;
                member.Value = row.Member;
                reference.Value = (object?)row.Reference ?? DBNull.Value;
                referenceMember.Value = (object?)row.ReferenceMember ?? DBNull.Value;
                referenceJson.Value = (object?)row.ReferenceJson ?? DBNull.Value;
                status.Value = row.Status;
                reason.Value = (object?)row.Reason ?? DBNull.Value;
                added += await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            return added;
        }, cancellationToken);

    // The joined reference (null when the row's conversation has none stored), as the JSON the dispatcher reads.
    private static string? StoredReferenceJson(System.Data.Common.DbDataReader reader, ConversationKey? key) =>
        key is { } conversation && ReferenceRows.Read(reader, 10, conversation) is { } reference
            ? System.Text.Json.JsonSerializer.Serialize(reference, EngageBot.Core.Protocol.ProtocolJson.Default.ConversationReference)
            : null;

    /// <summary>Claims up to <paramref name="limit"/> due rows for this dispatcher until <paramref name="leaseUntil"/>.</summary>
    public Task<IReadOnlyList<OutboxItem>> ClaimAsync(int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<OutboxItem>>(async (connection, transaction) =>
        {
            var postgres = database.Provider == StorageProvider.Postgres;
            await using var select = connection.Command(postgres ? ClaimPostgres : SelectDueSqlite, transaction)
                .With("@now", now.ToUnixTimeMilliseconds()).With("@n", limit).With("@lease", leaseUntil.ToUnixTimeMilliseconds());
            var items = new List<OutboxItem>(limit);
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var referenceKey = reader.GetStringOrNull(7) is { } conversation ? ConversationKey.Parse(conversation) : (ConversationKey?)null;
                    items.Add(new OutboxItem(
                        reader.GetInt64(0), OutboxKindNames.Parse(reader.GetString(1)), reader.GetStringOrNull(2), MemberKey.Parse(reader.GetString(3)),
                        Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture) + (postgres ? 0 : 1),
                        reader.GetStringOrNull(5) ?? StoredReferenceJson(reader, referenceKey))
                    {
                        IdempotencyKey = reader.GetString(6),
                        ReferenceKey = referenceKey,
                        Payload = reader.GetStringOrNull(8),
                        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(reader.GetValue(9), CultureInfo.InvariantCulture)),
                    });
                }
            }

            if (!postgres && items.Count > 0)
            {
                // SQLite has one writer (this transaction), so select-then-update cannot race another claimer.
                var ids = string.Join(", ", items.Select((_, i) => "@i" + i.ToString(CultureInfo.InvariantCulture)));
                await using var claim = connection.Command(
                    $"UPDATE outbox SET status = 'sending', lease_until = @lease, attempts = attempts + 1, updated_at = @now WHERE id IN ({ids})",
                    transaction).With("@lease", leaseUntil.ToUnixTimeMilliseconds()).With("@now", now.ToUnixTimeMilliseconds());
                for (var i = 0; i < items.Count; i++)
                {
                    claim.With("@i" + i.ToString(CultureInfo.InvariantCulture), items[i].Id);
                }

                await claim.ExecuteNonQueryAsync(cancellationToken);
            }

            return items;
        }, cancellationToken);

    /// <summary>Records what became of claimed rows, in one transaction (with <paramref name="alsoInTransaction"/>, if given).</summary>
    public Task CompleteAsync(
        IReadOnlyList<OutboxOutcome> outcomes,
        DateTimeOffset now,
        Func<DbConnection, DbTransaction, Task>? alsoInTransaction,
        CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            if (alsoInTransaction is not null)
            {
                await alsoInTransaction(connection, transaction);
            }

            if (database.Provider == StorageProvider.Postgres)
            {
                if (outcomes.Count > 0)
                {
                    await PostgresOutboxBatches.CompleteAsync(connection, transaction, outcomes, now.ToUnixTimeMilliseconds(), cancellationToken);
                }

                return outcomes.Count;
            }

            await using var update = connection.Command(
                """
                UPDATE outbox SET status = @s, reason = @r, next_attempt_at = COALESCE(@next, next_attempt_at),
                    lease_until = NULL, updated_at = @now
                WHERE id = @id AND status = 'sending'
                """, transaction).With("@now", now.ToUnixTimeMilliseconds());
            var status = Parameter(update, "@s");
            var reason = Parameter(update, "@r");
            var next = Parameter(update, "@next");
            var id = Parameter(update, "@id");
            foreach (var outcome in outcomes)
            {
                status.Value = outcome.Status.Name();
                reason.Value = (object?)outcome.Reason ?? DBNull.Value;
                next.Value = outcome.RetryAt is { } at ? at.ToUnixTimeMilliseconds() : DBNull.Value;
                id.Value = outcome.Id;
                await update.ExecuteNonQueryAsync(cancellationToken);
            }

            return outcomes.Count;
        }, cancellationToken);

    /// <summary>
    /// Returns claimed rows to "pending": all of them when <paramref name="leaseExpiredBefore"/> is null (one
    /// SQLite process starting up, so every claim is from a previous life), else those whose lease ran out.
    /// </summary>
    public Task<int> ReleaseAsync(DateTimeOffset? leaseExpiredBefore, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var release = connection.Command(
                "UPDATE outbox SET status = 'pending', lease_until = NULL, updated_at = @now WHERE status = 'sending' AND (@all = 1 OR lease_until < @before)",
                transaction)
                .With("@now", now.ToUnixTimeMilliseconds()).With("@all", leaseExpiredBefore is null ? 1 : 0)
                .With("@before", (leaseExpiredBefore ?? now).ToUnixTimeMilliseconds());
            return await release.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
