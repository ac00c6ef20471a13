using System.Diagnostics.Metrics;

namespace EngageBot.Infrastructure.Sqlite;

/// <summary>
/// The SQLite writer's group commits: how many transactions, and how many callers' writes they held. Writes per
/// commit is what a commit's own pages (page 1, the tables' last pages) are shared by.
/// </summary>
public static class SqliteMetrics
{
    public const string MeterName = "EngageBot.Storage";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Commits = Meter.CreateCounter<long>(
        "engagebot.sqlite.commits", "{transaction}", "Group commits of the SQLite writer.");

    private static readonly Counter<long> Writes = Meter.CreateCounter<long>(
        "engagebot.sqlite.commit.writes", "{write}", "Callers' writes the SQLite writer's group commits held (failed ones too).");

    public static void Committed(int writes)
    {
        Commits.Add(1);
        Writes.Add(writes);
    }
}
