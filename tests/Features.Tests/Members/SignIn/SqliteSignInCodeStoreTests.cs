using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Members.SignIn;

public sealed class SqliteSignInCodeStoreTests : SignInCodeStoreContract
{
    protected override async Task<IDatabase> CreateDatabaseAsync()
    {
        var database = TempSqlite.Open(TempSqlite.NewPath("signin.db"));
        await TestSchema.Migrator(database).MigrateAsync(CancellationToken.None);
        return database;
    }
}
