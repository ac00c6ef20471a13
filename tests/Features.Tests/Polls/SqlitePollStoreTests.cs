using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Polls;

/// <summary>The poll stores on a SQLite file.</summary>
public sealed class SqlitePollStoreTests : PollStoreContract
{
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.SqliteAsync("polls.db");
}
