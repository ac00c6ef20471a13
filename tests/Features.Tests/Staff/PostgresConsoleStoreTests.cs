using EngageBot.Infrastructure;
using EngageBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;

namespace EngageBot.Features.Tests.Staff;

/// <summary>The console stores on a real PostgreSQL, a fresh database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresConsoleStoreTests(PostgresServer server) : ConsoleStoreContract
{
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.PostgresAsync(server);

    protected override async Task DeleteDatabaseAsync(IDatabase database) => await TestDatabases.DisposeAsync(database);
}
