using System.Diagnostics.Metrics;
using Microsoft.Data.Sqlite;

namespace EngageBot.Infrastructure.Sqlite;

/// <summary>
/// The SQLite writer's group commits: how many transactions, how many callers' writes they held, and what they cost
/// the file (WAL pages written, rows changed). Writes per commit is what a commit's own pages (page 1, the tables'
/// last pages) are shared by; pages and rows per turn are counts a busy machine does not distort (bench/README.md).
/// </summary>
public static class SqliteMetrics
{
    public const string MeterName = "EngageBot.Storage";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Commits = Meter.CreateCounter<long>(
        "engagebot.sqlite.commits", "{transaction}", "Group commits of the SQLite writer.");

    private static readonly Counter<long> Writes = Meter.CreateCounter<long>(
        "engagebot.sqlite.commit.writes", "{write}", "Callers' writes the SQLite writer's group commits held (failed ones too).");

    private static readonly Counter<long> WalPages = Meter.CreateCounter<long>(
        "engagebot.sqlite.wal.pages", "{page}", "Pages the SQLite writer wrote to the WAL (frames), checkpoints not included.");

    private static readonly Counter<long> RowsChanged = Meter.CreateCounter<long>(
        "engagebot.sqlite.rows.changed", "{row}", "Rows the SQLite writer inserted, updated or deleted (sqlite3_total_changes).");

    private static readonly Counter<long> Statements = Meter.CreateCounter<long>(
        "engagebot.sqlite.writer.statements", "{statement}", "Statements the SQLite writer was given (each write's savepoint and release included; BEGIN and COMMIT not).");

    /// <summary>After a commit on <paramref name="writer"/>; <paramref name="totalChanges"/> is the writer's count at the last one.</summary>
    public static void Committed(int writes, SqliteConnection writer, ref long totalChanges)
    {
        Commits.Add(1);
        Writes.Add(writes);
        if (writer.Handle is not { } handle)
        {
            return;
        }

        // Pages written to the WAL since the last call (the count is reset as it is read).
        if (SQLitePCL.raw.sqlite3_db_status(handle, SQLitePCL.raw.SQLITE_DBSTATUS_CACHE_WRITE, out var pages, out _, 1) == SQLitePCL.raw.SQLITE_OK)
        {
            WalPages.Add(pages);
        }

        var total = SQLitePCL.raw.sqlite3_total_changes(handle);
        RowsChanged.Add(Math.Max(0, total - totalChanges));
        totalChanges = total;
    }

    public static void Statement() => Statements.Add(1);
}
