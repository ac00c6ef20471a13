using EngageBot.Core.State;
using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Sqlite;
using EngageBot.TestKit;

namespace EngageBot.Core.Tests.State;

/// <summary>
/// Migration 294 on a SQLite file as the old schema left it (transcript with AUTOINCREMENT): the rows and their ids
/// stay, sqlite_sequence no longer holds the table, and new rows still come after every old one.
/// </summary>
public sealed class TranscriptRowidMigrationTests : IAsyncLifetime
{
    private readonly string _path = TempSqlite.NewPath();
    private SqliteDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = TempSqlite.Open(_path);
        await TestSchema.Migrator(_database).MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Old_rows_keep_their_ids_and_new_rows_follow_them_without_sqlite_sequence()
    {
        await ExecuteAsync(
            "DROP TABLE transcript",
            """
            CREATE TABLE transcript (id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_key TEXT NOT NULL, activity_id TEXT,
                direction TEXT NOT NULL, json TEXT NOT NULL, at BIGINT NOT NULL)
            """,
            "CREATE INDEX ix_transcript_conversation ON transcript (conversation_key, id)",
            """
            INSERT INTO transcript (id, conversation_key, activity_id, direction, json, at) VALUES
                (5, 'emulator/c1', 'a1', 'in', '{"n":1}', 100), (9, 'emulator/c1', NULL, 'out', '{"n":2}', 101),
                (7, 'emulator/c2', 'b1', 'in', '{"n":3}', 102)
            """,
            "DELETE FROM schema_version WHERE version = 294");
        Assert.Equal([9L], Query("SELECT seq FROM sqlite_sequence WHERE name = 'transcript'").Cast<long>());

        await TestSchema.Migrator(_database).MigrateAsync(CancellationToken.None);

        Assert.Equal([5L, 7L, 9L], Query("SELECT id FROM transcript ORDER BY id").Cast<long>());
        Assert.Empty(Query("SELECT seq FROM sqlite_sequence WHERE name = 'transcript'"));
        Assert.Equal(["ix_transcript_conversation"], Query("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'transcript'").Cast<string>());
        Assert.DoesNotContain("AUTOINCREMENT", (string)Query("SELECT sql FROM sqlite_master WHERE name = 'transcript'").Single()!, StringComparison.OrdinalIgnoreCase);

        var store = new StateStore(_database, TimeProvider.System);
        var conversation = new ConversationKey("emulator", "c1");
        await store.CommitAsync(new TurnCommit("emulator/c1/a2", [], [new TranscriptEntry(conversation, "a2", "in", """{"n":4}""")], null), CancellationToken.None);
        var records = await store.ReadTranscriptAsync(conversation, 0, 10, CancellationToken.None);
        Assert.Equal(new (long, string?)[] { (5, "a1"), (9, null), (10, "a2") }, records.Select(r => (r.Id, r.ActivityId)));
    }

    private Task<int> ExecuteAsync(params string[] statements) =>
        _database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var sql in statements)
            {
                await using var command = connection.Command(sql, transaction);
                await command.ExecuteNonQueryAsync();
            }

            return 0;
        }, CancellationToken.None);

    private List<object?> Query(string sql) => TempSqlite.Column(_path, sql);
}
