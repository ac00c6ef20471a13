using Microsoft.Data.Sqlite;

namespace EngageBot.Infrastructure.Sqlite;

/// <summary>
/// How a connection waits for another's write lock (Quartz shares the file). Microsoft.Data.Sqlite 10 still answers
/// SQLITE_BUSY with its own retry loop that sleeps 150 ms between attempts; SQLite's built-in busy handler instead
/// waits inside SQLite in steps of 1, 2, 5, 10… ms, and SQLite ≥ 3.43 on Unix sleeps those in microseconds (the
/// e_sqlite3 2.0.6 build used before rounded every sleep up to a whole second, hence the VFS patch this replaced).
/// </summary>
internal static class SqliteWaits
{
    /// <summary>A busy connection retries inside SQLite for up to this long before SQLITE_BUSY reaches the caller.</summary>
    public const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>Gives the connection SQLite's own busy handler (<c>sqlite3_busy_timeout</c>); a direct call, no statement.</summary>
    public static void RetryBusyInsideSqlite(SqliteConnection connection)
    {
        var rc = SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, BusyTimeoutMilliseconds);
        if (rc != SQLitePCL.raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite refused the busy timeout ({rc}).");
        }
    }
}
