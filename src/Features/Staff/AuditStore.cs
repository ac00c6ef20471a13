using EngageBot.Features.Knowledge;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Staff;

/// <summary>The staff audit log: append-only, read newest first.</summary>
public sealed class AuditStore(IDatabase database)
{
    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(
                """
                INSERT INTO staff_audit (at, staff_id, staff_name, action, target, outcome)
                VALUES (@at, @sid, @sn, @a, @t, @o)
                """, transaction)
                .With("@at", entry.At.ToUnixTimeMilliseconds()).With("@sid", entry.StaffId).With("@sn", entry.StaffName)
                .With("@a", entry.Action).With("@t", entry.Target).With("@o", entry.Outcome);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>The newest <paramref name="limit"/> entries, optionally only those older than <paramref name="beforeId"/>.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, long? beforeId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            """
            SELECT id, at, staff_id, staff_name, action, target, outcome FROM staff_audit
            WHERE id < @before ORDER BY id DESC LIMIT @limit
            """)
            .With("@before", beforeId ?? long.MaxValue).With("@limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                reader.GetInt64(0),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                reader.GetStringOrNull(2),
                reader.GetStringOrNull(3),
                reader.GetString(4),
                reader.GetStringOrNull(5),
                reader.GetInt32(6)));
        }

        return entries;
    }
}
