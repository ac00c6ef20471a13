using System.Data.Common;
using System.Globalization;
using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Postgres;

namespace EngageBot.Core.State;

/// <summary>
/// <see cref="IStateStore"/> in SQL that SQLite and PostgreSQL both accept, so one class serves both.
/// </summary>
public sealed class StateStore(IDatabase database, TimeProvider clock) : IStateStore
{
    private readonly ReferenceRows _references = new();

    // The turn read: the documents, and the activity's dedup mark as a row of its own (version -1).
    private static readonly KeyListSql TurnRead = new(keys =>
        $"SELECT key, json, version FROM state WHERE key {keys} UNION ALL SELECT key, NULL, -1 FROM processed_activities WHERE key = @a");

    public async Task<IReadOnlyDictionary<string, StoredState>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, StoredState>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return result;
        }

        await using var connection = await database.OpenReadAsync(cancellationToken);
        var names = keys.Select((_, i) => "@k" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        await using var command = connection.Command($"SELECT key, json, version FROM state WHERE key IN ({string.Join(", ", names)})");
        foreach (var (key, name) in keys.Zip(names))
        {
            command.With(name, key);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            result[key] = new StoredState(key, reader.GetString(1), reader.GetInt64(2).ToString(CultureInfo.InvariantCulture));
        }

        return result;
    }

    public async Task<bool> IsProcessedAsync(string activityKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT 1 FROM processed_activities WHERE key = @k").With("@k", activityKey);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<TurnRead> ReadTurnAsync(IReadOnlyCollection<string> keys, string? activityKey, CancellationToken cancellationToken)
    {
        if (database.Provider != StorageProvider.Postgres && keys.Count is 0 or > KeyListSql.MaxListed)
        {
            // SQLite has no arrays: a long key list (never a turn's) is read as two statements.
            var states = await ReadAsync(keys, cancellationToken);
            return new TurnRead(states, activityKey is not null && await IsProcessedAsync(activityKey, cancellationToken));
        }

        // One statement: the documents, and the activity's mark as a row of its own (version -1). On PostgreSQL one
        // round trip; on SQLite one reader and one prepared statement instead of two (a new conversation's turn reads
        // its state row, which no cache holds yet, beside the mark).
        await using var connection = await database.OpenReadAsync(cancellationToken);
        // The keys as separate parameters, not one array, so the prepared statement keeps its plan (KeyListSql).
        await using var command = TurnRead.Command(connection, keys).With("@a", activityKey ?? string.Empty);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new Dictionary<string, StoredState>(StringComparer.Ordinal);
        var processed = false;
        while (await reader.ReadAsync(cancellationToken))
        {
            var version = reader.GetInt64(2);
            if (version < 0)
            {
                processed = activityKey is not null;
                continue;
            }

            var key = reader.GetString(0);
            result[key] = new StoredState(key, reader.GetString(1), version.ToString(CultureInfo.InvariantCulture));
        }

        return new TurnRead(result, processed);
    }

    public async Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        if (database.Provider == StorageProvider.Postgres && PostgresTurnBatch.FitsOneBatch(commit))
        {
            // One round trip: the batch is its own transaction (no BEGIN, no COMMIT; see PostgresTurnBatch).
            await using var connection = await database.OpenReadAsync(cancellationToken);
            await PostgresTurnBatch.WriteAsync(connection, null, commit, _references, clock.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
            Committed(commit);
            return;
        }

        await database.WriteAsync(async (connection, transaction) =>
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            if (database.Provider == StorageProvider.Postgres)
            {
                await PostgresTurnBatch.WriteAsync(connection, transaction, commit, _references, now, cancellationToken);
            }
            else
            {
                await WriteOneByOneAsync(connection, transaction, commit, _references, now, cancellationToken);
            }

            if (commit.AlsoInTransaction is { } also)
            {
                await also(connection, transaction, cancellationToken);
            }

            return 0;
        }, cancellationToken);
        Committed(commit);
    }

    // Its route exists now: later references through it need no route insert.
    private void Committed(TurnCommit commit)
    {
        if (commit.Reference is { } reference)
        {
            _references.Committed(ReferenceColumns.From(reference.Reference));
        }
    }

    /// <summary>SQLite: each statement on the one writer connection, kept prepared (no round trips to save there).</summary>
    private static async Task WriteOneByOneAsync(
        DbConnection connection, DbTransaction transaction, TurnCommit commit, ReferenceRows references, long now, CancellationToken cancellationToken)
    {
        if (commit.ProcessedActivityKey is { } activityKey)
        {
            await using var mark = connection.Command(TurnSql.Mark, transaction);
            mark.With("@k", activityKey).With("@t", now);
            if (await mark.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new DuplicateActivityException(activityKey);
            }
        }

        foreach (var write in commit.States)
        {
            await WriteStateAsync(connection, transaction, write, now, cancellationToken);
        }

        foreach (var entry in commit.Transcript)
        {
            await using var insert = connection.Command(TurnSql.Transcript, transaction);
            insert.With("@c", entry.ConversationKey.Format()).With("@a", entry.ActivityId).With("@d", entry.Direction)
                .With("@j", entry.Json.Parameter(StorageProvider.Sqlite)).With("@t", now);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        if (commit.Reference is { } reference)
        {
            // Kept prepared like the rest: every new conversation's first turn writes one.
            if (references.NeedsRoute(reference, out var columns))
            {
                await using var route = connection.Command(TurnSql.Route, transaction);
                ReferenceRows.BindRoute(Parameters.Of(route), columns.Route);
                await route.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var upsert = connection.Command(TurnSql.Reference, transaction);
            ReferenceRows.Bind(Parameters.Of(upsert), reference, columns, now);
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task WriteStateAsync(
        DbConnection connection, DbTransaction transaction, StateWrite write, long now, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(TurnSql.State(write.ExpectedETag), transaction);
        if (write.ExpectedETag is not (null or "*"))
        {
            command.With("@v", TurnSql.Version(write.ExpectedETag));
        }

        command.With("@k", write.Key).With("@j", write.Json).With("@t", now);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new ETagConflictException(write.Key);
        }
    }

    public async Task<IReadOnlyList<TranscriptRecord>> ReadTranscriptAsync(ConversationKey conversation, long afterId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT id, activity_id, direction, json, at FROM transcript WHERE conversation_key = @c AND id > @a ORDER BY id LIMIT @n")
            .With("@c", conversation.Format()).With("@a", afterId).With("@n", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<TranscriptRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new TranscriptRecord(
                reader.GetInt64(0),
                reader.GetStringOrNull(1),
                reader.GetString(2),
                reader.GetString(3),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4))));
        }

        return records;
    }

    public async Task<ConversationReferenceRecord?> GetReferenceAsync(MemberKey member, ConversationKey conversation, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {ReferenceRows.Columns} FROM conversation_references r {ReferenceRows.Routes} WHERE r.member_key = @m AND r.key = @k")
            .With("@m", member.Format()).With("@k", conversation.Format());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && ReferenceRows.Read(reader, 0, conversation) is { } reference
            ? new ConversationReferenceRecord(conversation, reference)
            : null;
    }

    public async Task<IReadOnlyList<string>> ReadServiceUrlsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        // Only routes a stored reference still uses: an erased member's last reference takes its serviceUrl's trust
        // with it, as when the url was read from the references themselves. The route row stays (no personal data):
        // deleting it would race every instance's "route committed" set, whose next reference would find no route.
        await using var command = connection.Command(
            """
            SELECT DISTINCT t.service_url FROM reference_routes t
            WHERE t.service_url <> '' AND EXISTS (SELECT 1 FROM conversation_references r WHERE r.route = t.id)
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var urls = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            urls.Add(reader.GetString(0));
        }

        return urls;
    }
}
