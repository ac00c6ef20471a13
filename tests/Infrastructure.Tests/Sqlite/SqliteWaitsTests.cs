using System.Runtime.InteropServices;
using EngageBot.Infrastructure.Sqlite;
using EngageBot.Infrastructure.Tests.Postgres;
using EngageBot.TestKit;
using Microsoft.Data.Sqlite;

namespace EngageBot.Infrastructure.Tests.Sqlite;

/// <summary>
/// How SQLite waits under <see cref="SqliteDatabase"/>: WAL read retries sleep microseconds, not the whole
/// second the stock e_sqlite3 build rounds them up to, and a connection that meets another's write lock waits
/// inside SQLite for it instead of failing at once (which Microsoft.Data.Sqlite answers with a 150 ms sleep).
/// </summary>
public sealed class SqliteWaitsTests : IAsyncLifetime, IAsyncDisposable
{
    private readonly string _path = TempSqlite.NewPath();
    private SqliteDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = TempSqlite.Open(_path);
        await _database.WriteAsync(async (c, t) => await c.Command("CREATE TABLE probe (n INTEGER)", t).ExecuteNonQueryAsync(), CancellationToken.None);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    ValueTask IAsyncDisposable.DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public void A_one_millisecond_sqlite_sleep_asks_the_os_for_one_millisecond_not_a_second()
    {
        // sqlite3_sleep returns what the VFS reports it asked the OS for, in ms: 1000 with the stock unix VFS.
        Assert.Equal(1, sqlite3_sleep(1));
    }

    [Fact]
    public async Task A_connection_that_meets_another_processes_write_lock_waits_for_it_inside_sqlite()
    {
        // Another connection (as Quartz's would be) holds the write lock for a moment.
        await using var other = new SqliteConnection($"Data Source={_path};Pooling=False");
        await other.OpenAsync();
        await using (var begin = other.Command("BEGIN IMMEDIATE; INSERT INTO probe VALUES (1);"))
        {
            await begin.ExecuteNonQueryAsync();
        }

        await using var ours = (SqliteConnection)await _database.OpenReadAsync(CancellationToken.None);
        var release = Task.Run(async () =>
        {
            await Task.Delay(50);
            await using var commit = other.Command("COMMIT");
            await commit.ExecuteNonQueryAsync();
        });

        // Straight to SQLite, past Microsoft.Data.Sqlite's own retry loop: without a busy handler this is SQLITE_BUSY (5) at once.
        var rc = SQLitePCL.raw.sqlite3_exec(ours.Handle, "BEGIN IMMEDIATE; INSERT INTO probe VALUES (2); COMMIT;");
        await release;

        Assert.Equal(SQLitePCL.raw.SQLITE_OK, rc);
        await using var count = ours.Command("SELECT count(*) FROM probe");
        Assert.Equal(2L, await count.ExecuteScalarAsync());
    }

#pragma warning disable SYSLIB1054 // A blittable one-int call: DllImport needs no unsafe code in the test project.
    [DllImport("e_sqlite3")]
    private static extern int sqlite3_sleep(int milliseconds);
#pragma warning restore SYSLIB1054
}
