using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Members;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRosterStoreTests(PostgresServer server) : RosterStoreContract
{
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.PostgresAsync(server);

    protected override async Task DeleteDatabaseAsync(IDatabase database) => await TestDatabases.DisposeAsync(database);
}
