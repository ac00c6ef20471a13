using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Postgres;
using EngageBot.TestKit;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.Staff;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStaffAccountStoreTests(PostgresServer server) : StaffAccountStoreContract
{
    protected override async Task<IDatabase> CreateDatabaseAsync()
    {
        var database = new PostgresDatabase(Options.Create(new StorageOptions
        {
            Provider = StorageProvider.Postgres, ConnectionString = await server.CreateDatabaseAsync(),
        }));
        await TestSchema.Migrator(database).MigrateAsync(CancellationToken.None);
        return database;
    }

    protected override async Task DeleteDatabaseAsync(IDatabase database) => await ((PostgresDatabase)database).DisposeAsync();
}
