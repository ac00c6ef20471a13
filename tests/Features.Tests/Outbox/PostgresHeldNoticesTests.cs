using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Outbox;

[Collection(PostgresCollection.Name)]
public sealed class PostgresHeldNoticesTests(PostgresServer server) : HeldNoticesContract
{
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.PostgresAsync(server);
}
