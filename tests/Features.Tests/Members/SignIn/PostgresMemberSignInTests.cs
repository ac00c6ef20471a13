using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Members.SignIn;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMemberSignInTests(PostgresServer server) : MemberSignInContract
{
    protected override async Task<Dictionary<string, string?>> StorageSettingsAsync() => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["ConnectionStrings:EngageBot"] = await server.CreateDatabaseAsync(),
    };
}
