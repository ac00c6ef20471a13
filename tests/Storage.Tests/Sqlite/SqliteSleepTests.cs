using System.Runtime.InteropServices;
using EngageBot.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace EngageBot.Storage.Tests.Sqlite;

/// <summary>
/// SQLite's WAL readers retry with sleeps of a few microseconds. The stock e_sqlite3 build rounds those up
/// to a whole second; once a <see cref="SqliteDatabase"/> exists, they must stay short.
/// </summary>
public sealed class SqliteSleepTests
{
    [Fact]
    public async Task A_one_millisecond_sqlite_sleep_asks_the_os_for_one_millisecond_not_a_second()
    {
        var path = Path.Combine(Path.GetTempPath(), "engagebot-tests", Guid.NewGuid().ToString("N"), "engagebot.db");
        await using var database = new SqliteDatabase(Options.Create(new StorageOptions { ConnectionString = $"Data Source={path}" }));

        // sqlite3_sleep returns what the VFS reports it asked the OS for, in ms: 1000 with the stock unix VFS.
        Assert.Equal(1, sqlite3_sleep(1));
    }

#pragma warning disable SYSLIB1054 // A blittable one-int call: DllImport needs no unsafe code in the test project.
    [DllImport("e_sqlite3")]
    private static extern int sqlite3_sleep(int milliseconds);
#pragma warning restore SYSLIB1054
}
