namespace EngageBot.Infrastructure;

/// <summary>Which database keeps EngageBot's state (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    Sqlite,
    Postgres,
}
