using EngageBot.Core.State;
using EngageBot.Features.SignUps;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.SignUps;

public sealed class SqliteSignUpStoreTests : SignUpStoreContract
{
    protected override Task<SignUpDatabase> CreateAsync() => SignUpDatabase.CreateAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSignUpStoreTests(PostgresServer server) : SignUpStoreContract
{
    protected override Task<SignUpDatabase> CreateAsync() => SignUpDatabase.CreateAsync(server);
}
