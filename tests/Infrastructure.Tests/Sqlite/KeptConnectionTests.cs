using System.Data.Common;
using EngageBot.Infrastructure.Sqlite;
using EngageBot.TestKit;

namespace EngageBot.Infrastructure.Tests.Sqlite;

/// <summary>
/// SQLite's readers and writer stay open and keep their statements prepared: a reader given back must read what
/// was committed after its last use (no snapshot kept), whatever its last caller left open, and closing the database
/// must close every connection it kept.
/// </summary>
public sealed class KeptConnectionTests : IAsyncLifetime
{
    private readonly string _path = TempSqlite.NewPath();
    private SqliteDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = TempSqlite.Open(_path);
        await WriteAsync("CREATE TABLE probe (n INTEGER NOT NULL)");
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        TempSqlite.Delete(_path);
    }

    [Fact]
    public async Task A_reader_keeps_its_statement_and_reads_what_was_committed_since()
    {
        DbConnection first;
        DbCommand firstCount;
        await using (var connection = await _database.OpenReadAsync(CancellationToken.None))
        {
            first = connection;
            await using var count = connection.Command("SELECT count(*) FROM probe");
            firstCount = count;
            Assert.Equal(0L, await count.ExecuteScalarAsync());
        }

        await WriteAsync("INSERT INTO probe (n) VALUES (1)");

        await using (var connection = await _database.OpenReadAsync(CancellationToken.None))
        {
            Assert.Same(first, connection); // given back open, not closed
            await using var count = connection.Command("SELECT count(*) FROM probe");
            Assert.Same(firstCount, count); // the same command, its statement still prepared
            Assert.Equal(1L, await count.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task A_reader_given_back_with_a_reader_open_holds_no_snapshot()
    {
        await WriteAsync("INSERT INTO probe (n) VALUES (1), (2)");
        var connection = await _database.OpenReadAsync(CancellationToken.None);
        var rows = connection.Command("SELECT n FROM probe ORDER BY n");
        var open = await rows.ExecuteReaderAsync();
        Assert.True(await open.ReadAsync()); // mid-read: the statement holds a read transaction
        await connection.DisposeAsync(); // the caller forgot the reader and the command

        await WriteAsync("INSERT INTO probe (n) VALUES (3)");

        await using var again = await _database.OpenReadAsync(CancellationToken.None);
        Assert.Same(connection, again);
        await using var count = again.Command("SELECT count(*) FROM probe");
        Assert.Equal(3L, await count.ExecuteScalarAsync());
        await using var same = again.Command("SELECT n FROM probe ORDER BY n");
        await using var reader = await same.ExecuteReaderAsync();
        var seen = new List<long>();
        while (await reader.ReadAsync())
        {
            seen.Add(reader.GetInt64(0));
        }

        Assert.Equal([1L, 2L, 3L], seen);
    }

    [Fact]
    public async Task The_same_sql_twice_at_once_on_one_connection_gets_two_commands()
    {
        await WriteAsync("INSERT INTO probe (n) VALUES (1), (2)");
        await using var connection = await _database.OpenReadAsync(CancellationToken.None);
        await using var outer = connection.Command("SELECT n FROM probe WHERE n >= @m ORDER BY n").With("@m", 1);
        await using var outerRows = await outer.ExecuteReaderAsync();
        var pairs = new List<(long, long)>();
        while (await outerRows.ReadAsync())
        {
            await using var inner = connection.Command("SELECT n FROM probe WHERE n >= @m ORDER BY n").With("@m", outerRows.GetInt64(0));
            Assert.NotSame(outer, inner);
            await using var innerRows = await inner.ExecuteReaderAsync();
            while (await innerRows.ReadAsync())
            {
                pairs.Add((outerRows.GetInt64(0), innerRows.GetInt64(0)));
            }
        }

        Assert.Equal([(1L, 1L), (1L, 2L), (2L, 2L)], pairs);
    }

    [Fact]
    public async Task A_kept_command_starts_each_use_without_the_last_callers_parameters()
    {
        await WriteAsync("INSERT INTO probe (n) VALUES (1)");
        await using (var connection = await _database.OpenReadAsync(CancellationToken.None))
        await using (var command = connection.Command("SELECT count(*) FROM probe WHERE n = @n").With("@n", 1))
        {
            Assert.Equal(1L, await command.ExecuteScalarAsync());
        }

        await using (var connection = await _database.OpenReadAsync(CancellationToken.None))
        await using (var command = connection.Command("SELECT count(*) FROM probe WHERE n = @n"))
        {
            Assert.Empty(command.Parameters);
            command.With("@n", 2);
            Assert.Equal(0L, await command.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task A_kept_command_refuses_other_sql()
    {
        await using var connection = await _database.OpenReadAsync(CancellationToken.None);
        await using var command = connection.Command("SELECT count(*) FROM probe");
        Assert.Throws<InvalidOperationException>(() => command.CommandText = "DELETE FROM probe");
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_write_that_fails_in_the_group_commit_leaves_the_kept_savepoint_usable()
    {
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => WriteAsync("INSERT INTO probe (n) VALUES (NULL)"));
        await WriteAsync("INSERT INTO probe (n) VALUES (7)");
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => WriteAsync("INSERT INTO nowhere (n) VALUES (1)"));
        await WriteAsync("INSERT INTO probe (n) VALUES (8)");

        await using var connection = await _database.OpenReadAsync(CancellationToken.None);
        await using var sum = connection.Command("SELECT sum(n) FROM probe");
        Assert.Equal(15L, await sum.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Closing_the_database_closes_every_connection_it_kept()
    {
        var leased = await _database.OpenReadAsync(CancellationToken.None);
        await using (var idle = await _database.OpenReadAsync(CancellationToken.None))
        await using (var count = idle.Command("SELECT count(*) FROM probe"))
        {
            await count.ExecuteScalarAsync();
        }

        Assert.NotEmpty(OpenDescriptorsOfTheFile());
        await _database.DisposeAsync();
        await leased.DisposeAsync(); // given back after the close: closed, not pooled

        Assert.Empty(OpenDescriptorsOfTheFile());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => _database.OpenReadAsync(CancellationToken.None));
        _database = TempSqlite.Open(_path); // for DisposeAsync
    }

    private List<string> OpenDescriptorsOfTheFile() =>
        [.. Directory.EnumerateFileSystemEntries("/proc/self/fd")
            .Select(fd => new FileInfo(fd).LinkTarget)
            .Where(target => target is not null && target.StartsWith(_path, StringComparison.Ordinal))
            .Select(target => target!)];

    private Task<int> WriteAsync(string sql) =>
        _database.WriteAsync(async (c, t) =>
        {
            await using var command = c.Command(sql, t);
            return await command.ExecuteNonQueryAsync();
        }, CancellationToken.None);
}
