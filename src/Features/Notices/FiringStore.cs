using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Notices;

/// <summary>The notice_firings rows: the record of each firing's fate, which makes firing idempotent.</summary>
public sealed class FiringStore(IDatabase database, OutboxDeliveries deliveries)
{
    /// <summary>The firing's status; null when it has not begun.</summary>
    public async Task<FiringStatus?> StatusAsync(string firingId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT status FROM notice_firings WHERE id = @id").With("@id", firingId);
        return await command.ExecuteScalarAsync(cancellationToken) is string status ? NoticeStatusNames.ParseFiring(status) : null;
    }

    public Task PutAsync(string firingId, string noticeId, DateTimeOffset scheduledAt, DateTimeOffset firedAt, FiringStatus status, string? reason, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var upsert = connection.Command(
                """
                INSERT INTO notice_firings (id, notice_id, scheduled_at, fired_at, status, reason, recipients)
                VALUES (@id, @n, @s, @f, @st, @r, 0)
                ON CONFLICT (id) DO UPDATE SET status = excluded.status, reason = excluded.reason, fired_at = excluded.fired_at
                """, transaction)
                .With("@id", firingId).With("@n", noticeId).With("@s", scheduledAt.ToUnixTimeMilliseconds())
                .With("@f", firedAt.ToUnixTimeMilliseconds()).With("@st", status.Name()).With("@r", reason);
            return await upsert.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>Marks the firing fully expanded and records its recipient count (the outbox rows it wrote).</summary>
    public async Task<long> CompleteAsync(string firingId, CancellationToken cancellationToken)
    {
        // Expansion is over, so no more rows of this firing appear: the count read first is the one recorded.
        var recipients = await deliveries.CountFiringAsync(firingId, cancellationToken);
        await database.WriteAsync(async (connection, transaction) =>
        {
            await using var update = connection.Command("UPDATE notice_firings SET status = 'ready', recipients = @n WHERE id = @id", transaction)
                .With("@id", firingId).With("@n", recipients);
            return await update.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
        return recipients;
    }
}
