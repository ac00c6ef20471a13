using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Postgres;
using Microsoft.Extensions.Options;

namespace EngageBot.TestKit;

/// <summary>A fresh database with every owner's schema: a SQLite file, or a new database on the tests' PostgreSQL server.</summary>
public static class TestDatabases
{
    public static async Task<IDatabase> SqliteAsync(string fileName, TimeProvider? clock = null)
    {
        var database = TempSqlite.Open(TempSqlite.NewPath(fileName));
        await TestSchema.Migrator(database, clock).MigrateAsync(CancellationToken.None);
        return database;
    }

    public static async Task<IDatabase> PostgresAsync(PostgresServer server, TimeProvider? clock = null)
    {
        var options = Options.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = await server.CreateDatabaseAsync() });
        var database = new PostgresDatabase(options);
        await TestSchema.Migrator(database, clock).MigrateAsync(CancellationToken.None);
        return database;
    }

    /// <summary>Closes either kind (both providers' databases are async-disposable).</summary>
    public static ValueTask DisposeAsync(IDatabase database) =>
        database is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
}
