using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels;

/// <summary>Migration 120 on a real PostgreSQL, a fresh database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresBuiltInChannelMigrationTests(PostgresServer server) : BuiltInChannelMigrationContract
{
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.PostgresAsync(server);

    protected override async Task DeleteDatabaseAsync(IDatabase database) => await TestDatabases.DisposeAsync(database);
}
