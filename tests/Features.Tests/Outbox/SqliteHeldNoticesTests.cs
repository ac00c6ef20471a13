using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Outbox;

public sealed class SqliteHeldNoticesTests : HeldNoticesContract
{
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.SqliteAsync("held.db");
}
