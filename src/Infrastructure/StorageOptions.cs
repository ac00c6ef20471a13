namespace EngageBot.Infrastructure;

/// <summary>Storage settings: <c>Storage:Provider</c> and <c>ConnectionStrings:EngageBot</c>.</summary>
public sealed class StorageOptions
{
    public const string DefaultConnectionString = "Data Source=data/engagebot.db";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    public string ConnectionString { get; set; } = DefaultConnectionString;
}
