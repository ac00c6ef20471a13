using EngageBot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EngageBot.Storage.Tests.Console;

/// <summary>The console stores on a SQLite file.</summary>
public sealed class SqliteConsoleStoreTests : ConsoleStoreContract
{
    protected override async Task<IDatabase> CreateDatabaseAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), "engagebot-tests", Guid.NewGuid().ToString("N"), "console.db");
        var database = new SqliteDatabase(Options.Create(new StorageOptions { ConnectionString = $"Data Source={path}" }));
        await new SchemaMigrator(database, TimeProvider.System, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        return database;
    }
}
