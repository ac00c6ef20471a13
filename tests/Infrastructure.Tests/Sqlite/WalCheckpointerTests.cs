using EngageBot.Infrastructure.Sqlite;
using EngageBot.Infrastructure.Tests.Postgres;
using EngageBot.TestKit;

namespace EngageBot.Infrastructure.Tests.Sqlite;

/// <summary>
/// The checkpointer shares the write gate with the writer: its rounds, while writes go on, must lose nothing and
/// corrupt nothing. (How much shorter it keeps the WAL, and the writer's stalls, are measured by bench/TurnBench.)
/// </summary>
public sealed class WalCheckpointerTests : IAsyncLifetime, IAsyncDisposable
{
    private readonly string _path = TempSqlite.NewPath();
    private SqliteDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = Open();
        await _database.WriteAsync(async (c, t) => await c.Command("CREATE TABLE probe (n INTEGER NOT NULL, body BLOB NOT NULL)", t).ExecuteNonQueryAsync(), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        TempSqlite.Delete(_path); // ~20 MiB
    }

    ValueTask IAsyncDisposable.DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Checkpoint_rounds_that_hold_the_write_gate_lose_no_write_and_leave_the_file_intact()
    {
        // ~4,300 frames (17 MiB) in one go: past the restart point, so every round from now on catches up, syncs
        // and takes the write gate for its last pass, while the writers below keep committing.
        await WriteAsync("WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 4300) INSERT INTO probe (n, body) SELECT n, randomblob(4000) FROM k");
        var next = 4300;
        var writers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 500; i++)
            {
                await WriteAsync($"INSERT INTO probe (n, body) VALUES ({Interlocked.Increment(ref next)}, randomblob(200))");
                await Task.Delay(1);
            }
        })).ToList();
        await Task.WhenAll(writers);

        await _database.DisposeAsync();
        _database = Open();
        await using var connection = await _database.OpenReadAsync(CancellationToken.None);
        await using var count = connection.Command("SELECT count(*), count(DISTINCT n), max(n) FROM probe");
        await using var reader = await count.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal([5300L, 5300L, 5300L], [reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)]);
        await using var check = connection.Command("PRAGMA integrity_check");
        Assert.Equal("ok", await check.ExecuteScalarAsync());
    }

    private Task<int> WriteAsync(string sql) =>
        _database.WriteAsync(async (c, t) => await c.Command(sql, t).ExecuteNonQueryAsync(), CancellationToken.None);

    private SqliteDatabase Open() => TempSqlite.Open(_path);
}
