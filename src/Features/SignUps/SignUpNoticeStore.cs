using System.Globalization;
using EngageBot.Infrastructure;
using static EngageBot.Features.SignUps.SignUpSql;

namespace EngageBot.Features.SignUps;

/// <summary>
/// The sign-up outbox. A sender claims notices for a lease (so two senders, or two instances, never send
/// the same one at once), sends, and marks them sent; a notice whose sender died is claimable again when
/// its lease runs out. Notices are given up after <see cref="MaxAttempts"/> tries.
/// </summary>
public sealed class SignUpNoticeStore(IDatabase database, TimeProvider clock)
{
    public const int MaxAttempts = 8;

    /// <summary>Claims the given notices (or, when <paramref name="ids"/> is null, any that are due), oldest first.</summary>
    public Task<IReadOnlyList<SignUpNotice>> ClaimAsync(IReadOnlyList<long>? ids, int limit, TimeSpan lease, CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<SignUpNotice>>(async (connection, transaction) =>
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            var idFilter = ids is null ? string.Empty
                : ids.Count == 0 ? "AND 1 = 0"
                : $"AND n.id IN ({string.Join(", ", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)))})";
            var skipLocked = database.Provider == StorageProvider.Postgres ? "FOR UPDATE SKIP LOCKED" : string.Empty;
            var claimed = new List<long>();
            await using (var due = connection.Command(
                $"""
                SELECT n.id FROM signup_notices n
                WHERE n.sent_at IS NULL AND n.attempts < {MaxAttempts} AND (n.claimed_until IS NULL OR n.claimed_until < @now) {idFilter}
                ORDER BY n.id LIMIT @limit {skipLocked}
                """, transaction).With("@now", now).With("@limit", limit))
            {
                await using var reader = await due.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    claimed.Add(Long(reader, 0));
                }
            }

            if (claimed.Count == 0)
            {
                return [];
            }

            var list = string.Join(", ", claimed.Select(i => i.ToString(CultureInfo.InvariantCulture)));
            await using (var claim = connection.Command(
                $"UPDATE signup_notices SET claimed_until = @until, attempts = attempts + 1 WHERE id IN ({list})", transaction)
                .With("@until", now + (long)lease.TotalMilliseconds))
            {
                await claim.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var read = connection.Command(
                $"""
                SELECT n.id, n.kind, {SignUpColumns}, {ActivityColumns}
                FROM signup_notices n JOIN signups s ON s.id = n.signup_id JOIN activities a ON a.id = s.activity_id
                WHERE n.id IN ({list}) ORDER BY n.id
                """, transaction);
            await using var rows = await read.ExecuteReaderAsync(cancellationToken);
            var notices = new List<SignUpNotice>();
            while (await rows.ReadAsync(cancellationToken))
            {
                notices.Add(new SignUpNotice(
                    Long(rows, 0),
                    rows.GetString(1) == "promoted" ? SignUpNoticeKind.Promoted : SignUpNoticeKind.ActivityCancelled,
                    ReadSignUp(rows, 2),
                    ReadActivity(rows, 2 + SignUpColumnCount)));
            }

            return notices;
        }, cancellationToken);

    public Task MarkSentAsync(long id, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var mark = connection.Command("UPDATE signup_notices SET sent_at = @now WHERE id = @id", transaction)
                .With("@id", id).With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
            return await mark.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>Notices not yet sent (for health and tests).</summary>
    public async Task<long> CountPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var count = connection.Command("SELECT COUNT(*) FROM signup_notices WHERE sent_at IS NULL");
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
