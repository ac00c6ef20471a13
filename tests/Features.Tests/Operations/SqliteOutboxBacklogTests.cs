using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Operations;

public sealed class SqliteOutboxBacklogTests : OutboxBacklogContract
{
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.SqliteAsync("backlog.db");
}
