namespace EngageBot.Infrastructure;

/// <summary>Storage settings: <c>Storage:Provider</c> and <c>ConnectionStrings:EngageBot</c>.</summary>
public sealed class StorageOptions
{
    public const string DefaultConnectionString = "Data Source=data/engagebot.db";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary>
    /// SQLite: how long a write waits for company once commits have been having it (<c>Storage:CommitGather</c>; zero
    /// commits every write at once). See <c>SqliteDatabase.WriteAsync</c>.
    /// </summary>
    public TimeSpan CommitGather { get; set; } = TimeSpan.FromMilliseconds(1);

    /// <summary>
    /// SQLite: when that wait is taken (<c>Storage:CommitGatherRule</c>): <see cref="CommitGatherRule.Company"/> whenever
    /// commits have company, <see cref="CommitGatherRule.Busy"/> only while the cores are busy too.
    /// </summary>
    public CommitGatherRule CommitGatherRule { get; set; } = CommitGatherRule.Company;
}
