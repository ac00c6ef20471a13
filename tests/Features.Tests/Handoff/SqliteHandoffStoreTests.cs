using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Sqlite;
using EngageBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;

namespace EngageBot.Features.Tests.Handoff;

/// <summary>The hand-off store on a SQLite file.</summary>
public sealed class SqliteHandoffStoreTests : HandoffStoreContract
{
    protected override async Task<IDatabase> CreateDatabaseAsync()
    {
        var path = TempSqlite.NewPath("handoff.db");
        var database = TempSqlite.Open(path);
        await TestSchema.Migrator(database, TimeProvider.System).MigrateAsync(CancellationToken.None);
        return database;
    }
}
