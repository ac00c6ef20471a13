using System.Data.Common;
using EngageBot.Infrastructure.Sqlite;
using EngageBot.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace EngageBot.Infrastructure.Tests.Sqlite;

/// <summary>
/// Once group commits have company, a write that would start a commit waits <see cref="StorageOptions.CommitGather"/>
/// for others: they share its transaction, and each caller still hears only after the commit that holds its write.
/// </summary>
public sealed class SqliteCommitGatherTests : IAsyncDisposable
{
    private readonly string _path = TempSqlite.NewPath();
    private readonly SqliteDatabase _database;
    private bool _closed;

    public SqliteCommitGatherTests() =>
        // A long gather, so writes started together surely meet in it (no assertion on time).
        _database = new SqliteDatabase(Options.Create(new StorageOptions
        {
            ConnectionString = $"Data Source={_path}",
            CommitGather = TimeSpan.FromMilliseconds(50),
        }));

    public ValueTask DisposeAsync() => _closed ? ValueTask.CompletedTask : _database.DisposeAsync();

    [Fact]
    public async Task Writes_after_a_commit_with_company_share_transactions_and_all_commit()
    {
        await Write((c, t) => Run(c, t, "CREATE TABLE probe (n INTEGER NOT NULL)"));
        await CommitWithCompanyAsync();

        var transactions = new DbTransaction[32];
        var writes = Enumerable.Range(0, 32).Select(n => Task.Run(() => Write(async (connection, transaction) =>
        {
            transactions[n] = transaction;
            await Run(connection, transaction, $"INSERT INTO probe (n) VALUES ({n})");
            return n;
        }))).ToList();

        Assert.Equal(Enumerable.Range(0, 32), await Task.WhenAll(writes));
        Assert.Equal(Enumerable.Range(0, 32).Select(n => (long)n), Query("SELECT n FROM probe WHERE n < 32 ORDER BY n"));
        Assert.True(transactions.Distinct().Count() < 32, "no two gathered writes shared a transaction");
    }

    [Fact]
    public async Task A_write_gathering_when_the_database_closes_is_failed_not_left_waiting()
    {
        await Write((c, t) => Run(c, t, "CREATE TABLE probe (n INTEGER NOT NULL)"));
        await CommitWithCompanyAsync();

        var gathering = Write((c, t) => Run(c, t, "INSERT INTO probe (n) VALUES (1000)"));
        _closed = true;
        await _database.DisposeAsync();

        // It either made the commit before the close or is failed as closed; it never hangs.
        try
        {
            Assert.Equal(1, await gathering);
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>A commit that held several writes: the first holds the writer while others queue behind it.</summary>
    private async Task CommitWithCompanyAsync()
    {
        var inside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var finish = new SemaphoreSlim(0);
        var first = Write(async (connection, transaction) =>
        {
            inside.SetResult();
            await finish.WaitAsync();
            return await Run(connection, transaction, "INSERT INTO probe (n) VALUES (100)");
        });
        await inside.Task;
        var behind = Enumerable.Range(101, 4).Select(n => Write((c, t) => Run(c, t, $"INSERT INTO probe (n) VALUES ({n})"))).ToList();
        finish.Release();
        await first;
        await Task.WhenAll(behind);
    }

    private Task<T> Write<T>(Func<DbConnection, DbTransaction, Task<T>> work) => _database.WriteAsync(work, CancellationToken.None);

    private static async Task<int> Run(DbConnection connection, DbTransaction transaction, string sql)
    {
        await using var command = connection.Command(sql, transaction);
        return await command.ExecuteNonQueryAsync();
    }

    private List<long> Query(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<long>();
        while (reader.Read())
        {
            values.Add(reader.GetInt64(0));
        }

        return values;
    }
}
