using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Postgres;
using EngageBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.Handoff;

/// <summary>The hand-off store on a real PostgreSQL, a fresh database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresHandoffStoreTests(PostgresServer server) : HandoffStoreContract
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
