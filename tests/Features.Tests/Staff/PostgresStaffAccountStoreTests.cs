using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Staff;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStaffAccountStoreTests(PostgresServer server) : StaffAccountStoreContract
{
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.PostgresAsync(server);

    protected override async Task DeleteDatabaseAsync(IDatabase database) => await TestDatabases.DisposeAsync(database);
}
