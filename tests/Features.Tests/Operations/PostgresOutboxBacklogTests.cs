using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Operations;

[Collection(PostgresCollection.Name)]
public sealed class PostgresOutboxBacklogTests(PostgresServer server) : OutboxBacklogContract
{
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.PostgresAsync(server);
}
