using EngageBot.Infrastructure.Sqlite;
using EngageBot.TestKit;
using Microsoft.Data.Sqlite;

namespace EngageBot.Infrastructure.Tests.Sqlite;

/// <summary>
/// Closing the database as the host stops waits for the batch still committing (a background service finishing
/// its write), instead of closing the writer under its transaction; a write asked for afterwards is refused.
/// </summary>
public sealed class SqliteDisposeTests
{
    [Fact]
    public async Task Dispose_waits_for_the_committing_batch_and_later_writes_are_refused()
    {
        var path = TempSqlite.NewPath();
        var database = TempSqlite.Open(path);
        await database.WriteAsync(async (c, t) => await c.Command("CREATE TABLE probe (n INTEGER NOT NULL)", t).ExecuteNonQueryAsync(), CancellationToken.None);
        var inside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var finish = new SemaphoreSlim(0);

        var write = database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = connection.Command("INSERT INTO probe (n) VALUES (1)", transaction);
            await insert.ExecuteNonQueryAsync();
            inside.SetResult();
            await finish.WaitAsync();
            return 1;
        }, CancellationToken.None);
        await inside.Task;
        var disposing = database.DisposeAsync().AsTask();
        Assert.False(disposing.IsCompleted); // still waiting for the batch
        finish.Release();

        Assert.Equal(1, await write);
        await disposing;
        await Assert.ThrowsAsync<ObjectDisposedException>(() =>
            database.WriteAsync((c, t) => Task.FromResult(0), CancellationToken.None));

        await using var check = new SqliteConnection($"Data Source={path}");
        await check.OpenAsync();
        await using var count = check.CreateCommand();
        count.CommandText = "SELECT count(*) FROM probe";
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }
}
