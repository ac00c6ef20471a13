using EngageBot.Storage.Sqlite;
using EngageBot.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace EngageBot.Storage.Tests.Console;

/// <summary>The console stores on a SQLite file.</summary>
public sealed class SqliteConsoleStoreTests : ConsoleStoreContract
{
    protected override async Task<IDatabase> CreateDatabaseAsync()
    {
        var path = TempSqlite.NewPath("console.db");
        var database = TempSqlite.Open(path);
        await new SchemaMigrator(database, TimeProvider.System, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        return database;
    }
}
