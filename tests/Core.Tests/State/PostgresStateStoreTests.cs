using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Postgres;
using EngageBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EngageBot.Core.Tests.State;

/// <summary>The state store contract on a real PostgreSQL, a fresh database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStateStoreTests(PostgresServer server) : StateStoreContract
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
