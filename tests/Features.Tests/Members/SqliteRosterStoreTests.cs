using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Members;

public sealed class SqliteRosterStoreTests : RosterStoreContract
{
    protected override async Task<IDatabase> CreateDatabaseAsync()
    {
        var database = TempSqlite.Open(TempSqlite.NewPath("roster.db"));
        await TestSchema.Migrator(database).MigrateAsync(CancellationToken.None);
        return database;
    }
}
