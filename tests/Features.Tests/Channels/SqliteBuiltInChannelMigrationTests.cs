using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels;

/// <summary>Migration 120 on SQLite.</summary>
public sealed class SqliteBuiltInChannelMigrationTests : BuiltInChannelMigrationContract
{
    protected override async Task<IDatabase> CreateDatabaseAsync()
    {
        var database = TempSqlite.Open(TempSqlite.NewPath("migration.db"));
        await TestSchema.Migrator(database).MigrateAsync(CancellationToken.None);
        return database;
    }

    protected override async Task DeleteDatabaseAsync(IDatabase database) => await ((IAsyncDisposable)database).DisposeAsync();
}
