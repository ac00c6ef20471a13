using EngageBot.Core.State;
using EngageBot.Infrastructure.Sqlite;
using EngageBot.Infrastructure.Tests.Postgres;
using EngageBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;

namespace EngageBot.Infrastructure.Tests.Sqlite;

/// <summary>
/// Writes queued together share one SQLite transaction, each in its own savepoint: a write that fails is
/// rolled back alone, its caller alone sees the exception, and every other write commits.
/// </summary>
public sealed class SqliteGroupCommitTests : IAsyncLifetime, IAsyncDisposable
{
    private readonly string _path = TempSqlite.NewPath();
    private SqliteDatabase _database = null!;
    private StateStore _store = null!;

    public async Task InitializeAsync()
    {
        _database = TempSqlite.Open(_path);
        await TestSchema.Migrator(_database, TimeProvider.System).MigrateAsync(CancellationToken.None);
        _store = new StateStore(_database, TimeProvider.System);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    ValueTask IAsyncDisposable.DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_failing_write_is_rolled_back_alone_and_its_neighbours_commit()
    {
        await _database.WriteAsync(async (c, t) => await c.Command("CREATE TABLE probe (n INTEGER NOT NULL)", t).ExecuteNonQueryAsync(), CancellationToken.None);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 64).Select(async n =>
        {
            try
            {
                return await _database.WriteAsync(async (connection, transaction) =>
                {
                    await using var insert = connection.Command("INSERT INTO probe (n) VALUES (@n)", transaction).With("@n", n);
                    await insert.ExecuteNonQueryAsync();
                    return n % 3 == 0 ? throw new InvalidOperationException($"write {n} refuses") : $"wrote {n}";
                }, CancellationToken.None);
            }
            catch (InvalidOperationException refused)
            {
                return refused.Message;
            }
        }));

        Assert.Equal(Enumerable.Range(0, 64).Select(n => n % 3 == 0 ? $"write {n} refuses" : $"wrote {n}"), outcomes);
        var stored = Query("SELECT n FROM probe ORDER BY n");
        Assert.Equal(Enumerable.Range(0, 64).Where(n => n % 3 != 0).Select(n => (long)n), stored.Cast<long>());
    }

    [Fact]
    public async Task Writes_queued_behind_a_committing_batch_commit_after_it_and_no_caller_hears_before_its_commit()
    {
        await _database.WriteAsync(async (c, t) => await c.Command("CREATE TABLE probe (n INTEGER NOT NULL)", t).ExecuteNonQueryAsync(), CancellationToken.None);
        var inside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var finish = new SemaphoreSlim(0);
        var first = _database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = connection.Command("INSERT INTO probe (n) VALUES (0)", transaction);
            await insert.ExecuteNonQueryAsync();
            inside.SetResult();
            await finish.WaitAsync();
            return 0;
        }, CancellationToken.None);
        await inside.Task;

        // These find the writer taken: they wait for their own write, which the holder (or a committer it hands the
        // queue to) must still commit once it lets go.
        var queued = Enumerable.Range(1, 40).Select(n => Task.Run(() => _database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = connection.Command("INSERT INTO probe (n) VALUES (@n)", transaction).With("@n", n);
            await insert.ExecuteNonQueryAsync();
            return n;
        }, CancellationToken.None))).ToList();
        await Task.Delay(50); // let them queue (no assertion on time: only on what is visible meanwhile)
        Assert.DoesNotContain(queued, write => write.IsCompleted);
        Assert.Empty(Query("SELECT n FROM probe"));

        finish.Release();
        Assert.Equal(0, await first);
        Assert.Equal(Enumerable.Range(1, 40), await Task.WhenAll(queued));
        Assert.Equal(Enumerable.Range(0, 41).Select(n => (long)n), Query("SELECT n FROM probe ORDER BY n").Cast<long>());
    }

    [Fact]
    public async Task Racing_turns_with_one_etag_exactly_one_wins_and_losers_write_nothing()
    {
        await _store.CommitAsync(new TurnCommit(null, [new StateWrite("user/test/u1", """{"n":0}""", null)], [], null), CancellationToken.None);
        var etag = (await _store.ReadAsync(["user/test/u1"], CancellationToken.None))["user/test/u1"].ETag;

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 40).Select(async n =>
        {
            try
            {
                await _store.CommitAsync(
                    new TurnCommit(
                        $"test/c1/a{n}",
                        [new StateWrite("user/test/u1", $$"""{"n":{{n}}}""", etag)],
                        [new TranscriptEntry(new ConversationKey("test", "c1"), $"a{n}", "in", "{}")],
                        null),
                    CancellationToken.None);
                return "won";
            }
            catch (ETagConflictException)
            {
                return "conflict";
            }
        }));

        Assert.Equal(1, outcomes.Count(o => o == "won"));
        Assert.Equal(39, outcomes.Count(o => o == "conflict"));
        var winner = Query("SELECT activity_id FROM transcript").Single();
        Assert.Equal([winner], Query("SELECT 'a' || substr(key, length('test/c1/a') + 1) FROM processed_activities"));
        var state = await _store.ReadAsync(["user/test/u1"], CancellationToken.None);
        Assert.Equal($$"""{"n":{{((string)winner!)[1..]}}}""", state["user/test/u1"].Json);
    }

    [Fact]
    public async Task The_same_activity_committed_twice_at_once_is_processed_once()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async n =>
        {
            try
            {
                await _store.CommitAsync(
                    new TurnCommit("test/c2/same", [], [new TranscriptEntry(new ConversationKey("test", "c2"), "same", "in", $$"""{"n":{{n}}}""")], null),
                    CancellationToken.None);
                return 0;
            }
            catch (DuplicateActivityException)
            {
                return 1;
            }
        }));
        var duplicates = outcomes.Sum();

        Assert.Equal(7, duplicates);
        Assert.Single(Query("SELECT id FROM transcript WHERE conversation_key = 'test/c2'"));
    }

    private List<object?> Query(string sql) => TempSqlite.Column(_path, sql);
}
