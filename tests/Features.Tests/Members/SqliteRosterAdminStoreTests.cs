using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Members;

public sealed class SqliteRosterAdminStoreTests : RosterAdminStoreContract
{
    protected override async Task<IDatabase> CreateDatabaseAsync()
    {
        var database = TempSqlite.Open(TempSqlite.NewPath("roster-admin.db"));
        await TestSchema.Migrator(database).MigrateAsync(CancellationToken.None);
        return database;
    }
}
