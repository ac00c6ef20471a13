using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Polls;

/// <summary>The poll stores on a real PostgreSQL, a fresh database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPollStoreTests(PostgresServer server) : PollStoreContract
{
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.PostgresAsync(server);
}
