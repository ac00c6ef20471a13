using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Staff;

public sealed class SqliteStaffAccountStoreTests : StaffAccountStoreContract
{
    protected override async Task<IDatabase> CreateDatabaseAsync()
    {
        var database = TempSqlite.Open(TempSqlite.NewPath("lockout.db"));
        await TestSchema.Migrator(database).MigrateAsync(CancellationToken.None);
        return database;
    }
}
