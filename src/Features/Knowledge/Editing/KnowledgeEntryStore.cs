using System.Text.Json;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Knowledge.Editing;

/// <summary>The knowledge_entries table: one row per entry staff created or changed beyond its answer (the latest save wins).</summary>
public sealed class KnowledgeEntryStore(IDatabase database)
{
    public async Task<IReadOnlyList<StoredKnowledgeEntry>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT json, added, retired, updated_at, updated_by FROM knowledge_entries ORDER BY entry_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<StoredKnowledgeEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (JsonSerializer.Deserialize(reader.GetString(0), KnowledgeJson.Default.KnowledgeEntry) is { } entry)
            {
                entries.Add(new StoredKnowledgeEntry(
                    entry, reader.GetInt64(1) == 1, reader.GetInt64(2) == 1,
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)), reader.GetStringOrNull(4)));
            }
        }

        return entries;
    }

    public Task SaveAsync(StoredKnowledgeEntry stored, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(
                """
                INSERT INTO knowledge_entries (entry_id, json, added, retired, updated_at, updated_by)
                VALUES (@id, @json, @added, @retired, @t, @by)
                ON CONFLICT (entry_id) DO UPDATE SET json = excluded.json, added = excluded.added, retired = excluded.retired,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """, transaction)
                .With("@id", stored.Entry.Id).With("@json", JsonSerializer.Serialize(stored.Entry, KnowledgeJson.Default.KnowledgeEntry))
                .With("@added", stored.Added ? 1 : 0).With("@retired", stored.Retired ? 1 : 0)
                .With("@t", stored.UpdatedAt.ToUnixTimeMilliseconds()).With("@by", stored.UpdatedBy);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
}
