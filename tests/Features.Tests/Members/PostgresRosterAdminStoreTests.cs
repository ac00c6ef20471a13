using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Postgres;
using EngageBot.TestKit;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.Members;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRosterAdminStoreTests(PostgresServer server) : RosterAdminStoreContract
{
    protected override async Task<IDatabase> CreateDatabaseAsync()
    {
        var options = Options.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = await server.CreateDatabaseAsync() });
        var database = new PostgresDatabase(options);
        await TestSchema.Migrator(database).MigrateAsync(CancellationToken.None);
        return database;
    }

    protected override async Task DeleteDatabaseAsync(IDatabase database) => await ((PostgresDatabase)database).DisposeAsync();
}
