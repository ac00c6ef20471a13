using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels;

/// <summary>Migration 120 on SQLite.</summary>
public sealed class SqliteBuiltInChannelMigrationTests : BuiltInChannelMigrationContract
{
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.SqliteAsync("migration.db");

    protected override async Task DeleteDatabaseAsync(IDatabase database) => await TestDatabases.DisposeAsync(database);
}
