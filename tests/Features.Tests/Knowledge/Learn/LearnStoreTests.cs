using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Postgres;
using EngageBot.TestKit;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.Knowledge.Learn;

/// <summary>The learning stores on a SQLite file.</summary>
public sealed class SqliteLearnStoreTests : LearnStoreContract
{
    protected override async Task<IDatabase> CreateDatabaseAsync()
    {
        var database = TempSqlite.Open(TempSqlite.NewPath("learn.db"));
        await TestSchema.Migrator(database, TimeProvider.System).MigrateAsync(CancellationToken.None);
        return database;
    }
}

/// <summary>The learning stores on a real PostgreSQL, a fresh database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresLearnStoreTests(PostgresServer server) : LearnStoreContract
{
    protected override async Task<IDatabase> CreateDatabaseAsync()
    {
        var options = Options.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = await server.CreateDatabaseAsync() });
        var database = new PostgresDatabase(options);
        await TestSchema.Migrator(database, TimeProvider.System).MigrateAsync(CancellationToken.None);
        return database;
    }

    protected override async Task DeleteDatabaseAsync(IDatabase database) => await ((PostgresDatabase)database).DisposeAsync();
}
