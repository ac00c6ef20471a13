using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Sqlite;
using EngageBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;

namespace EngageBot.Features.Tests.Staff;

/// <summary>The console stores on a SQLite file.</summary>
public sealed class SqliteConsoleStoreTests : ConsoleStoreContract
{
    protected override async Task<IDatabase> CreateDatabaseAsync()
    {
        var path = TempSqlite.NewPath("console.db");
        var database = TempSqlite.Open(path);
        await TestSchema.Migrator(database, TimeProvider.System).MigrateAsync(CancellationToken.None);
        return database;
    }
}
