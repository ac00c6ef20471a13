using EngageBot.Infrastructure;
using EngageBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;

namespace EngageBot.Features.Tests.Handoff;

/// <summary>The hand-off store on a real PostgreSQL, a fresh database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresHandoffStoreTests(PostgresServer server) : HandoffStoreContract
{
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.PostgresAsync(server);

    protected override async Task DeleteDatabaseAsync(IDatabase database) => await TestDatabases.DisposeAsync(database);
}
