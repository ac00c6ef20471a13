using EngageBot.Infrastructure;
using EngageBot.TestKit;

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
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.PostgresAsync(server);

    protected override async Task DeleteDatabaseAsync(IDatabase database) => await TestDatabases.DisposeAsync(database);
}
