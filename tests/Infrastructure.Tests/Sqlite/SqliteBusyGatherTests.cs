using System.Data.Common;
using EngageBot.Infrastructure.Sqlite;
using EngageBot.TestKit;
using Microsoft.Extensions.Options;

namespace EngageBot.Infrastructure.Tests.Sqlite;

/// <summary>
/// <see cref="CommitGatherRule.Busy"/>: a write that would start a commit after one with company waits for others only
/// while the process has work waiting for a thread. The signal is the test's own switch, so what the rule does is
/// decided here, not by the machine's load.
/// </summary>
public sealed class SqliteBusyGatherTests : IAsyncDisposable
{
    // A write that should not wait would hang on a gather this long: its completing is the assertion, not its time.
    private static readonly TimeSpan NeverFires = TimeSpan.FromHours(1);
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);
    private readonly string _path = TempSqlite.NewPath();
    private SqliteDatabase? _database;
    private volatile bool _busy;
    private int _asked;

    public ValueTask DisposeAsync() => _database?.DisposeAsync() ?? ValueTask.CompletedTask;

    [Fact]
    public async Task With_a_core_free_a_write_after_a_commit_with_company_commits_at_once()
    {
        await OpenAsync(NeverFires);
        await CommitWithCompanyAsync();

        _busy = false;
        var alone = Write(1000);

        Assert.Equal(1, await alone.WaitAsync(HangGuard));
        Assert.True(_asked > 0, "the rule never asked whether the cores were busy");
    }

    [Fact]
    public async Task Writes_arriving_while_a_commit_runs_share_it_whatever_the_signal()
    {
        await OpenAsync(NeverFires);

        var transactions = await CommitWithCompanyAsync();

        Assert.Single(transactions.Distinct());
    }

    [Fact]
    public async Task While_the_cores_are_busy_writes_gather_until_the_timer_commits_them_together()
    {
        // Long enough that both writes are queued before it fires; only the timer can end this gather.
        await OpenAsync(TimeSpan.FromSeconds(1));
        await CommitWithCompanyAsync();

        _busy = true;
        DbTransaction? first = null, second = null;
        var one = _database!.WriteAsync(async (c, t) => { first = t; return await Insert(c, t, 2000); }, CancellationToken.None);
        var two = _database.WriteAsync(async (c, t) => { second = t; return await Insert(c, t, 2001); }, CancellationToken.None);

        Assert.Equal(new[] { 1, 1 }, await Task.WhenAll(one, two).WaitAsync(HangGuard));
        Assert.Same(first, second);
    }

    [Fact]
    public async Task A_lone_write_commits_at_once_even_with_the_cores_busy()
    {
        await OpenAsync(NeverFires);

        // The only commit so far (the table's) held one write.
        _busy = true;
        Assert.Equal(1, await Write(3000).WaitAsync(HangGuard));
    }

    [Fact]
    public async Task The_company_rule_gathers_without_asking_the_signal()
    {
        await OpenAsync(TimeSpan.FromMilliseconds(50), CommitGatherRule.Company);
        await CommitWithCompanyAsync();

        Assert.Equal(1, await Write(4000).WaitAsync(HangGuard));
        Assert.Equal(0, _asked);
    }

    private async Task OpenAsync(TimeSpan gather, CommitGatherRule rule = CommitGatherRule.Busy)
    {
        var options = Options.Create(new StorageOptions { ConnectionString = $"Data Source={_path}", CommitGather = gather, CommitGatherRule = rule });
        _database = new SqliteDatabase(options, TimeProvider.System, () =>
        {
            Interlocked.Increment(ref _asked);
            return _busy;
        });
        await _database.WriteAsync((c, t) => Run(c, t, "CREATE TABLE probe (n INTEGER NOT NULL)"), CancellationToken.None);
    }

    /// <summary>
    /// A commit that held several writes: the first holds the writer while others queue behind it (the signal says
    /// "busy" meanwhile, so only the commit running can take them). Returns each write's transaction.
    /// </summary>
    private async Task<DbTransaction[]> CommitWithCompanyAsync()
    {
        _busy = true;
        var transactions = new DbTransaction[5];
        var inside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var finish = new SemaphoreSlim(0);
        var first = _database!.WriteAsync(async (connection, transaction) =>
        {
            transactions[0] = transaction;
            inside.SetResult();
            await finish.WaitAsync();
            return await Insert(connection, transaction, 100);
        }, CancellationToken.None);
        await inside.Task;
        var behind = Enumerable.Range(1, 4).Select(n => _database.WriteAsync(async (c, t) =>
        {
            transactions[n] = t;
            return await Insert(c, t, 100 + n);
        }, CancellationToken.None)).ToList();
        finish.Release();
        await first.WaitAsync(HangGuard);
        await Task.WhenAll(behind).WaitAsync(HangGuard);
        return transactions;
    }

    private Task<int> Write(int n) => _database!.WriteAsync((c, t) => Insert(c, t, n), CancellationToken.None);

    private static Task<int> Insert(DbConnection connection, DbTransaction transaction, int n) =>
        Run(connection, transaction, $"INSERT INTO probe (n) VALUES ({n})");

    private static async Task<int> Run(DbConnection connection, DbTransaction transaction, string sql)
    {
        await using var command = connection.Command(sql, transaction);
        return await command.ExecuteNonQueryAsync();
    }
}
