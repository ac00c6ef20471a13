using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Sqlite;
using EngageBot.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EngageBot.Core.Tests.State;

/// <summary>The state store contract on a real SQLite file, a fresh one per test.</summary>
public sealed class SqliteStateStoreTests : StateStoreContract
{
    private string _directory = null!;

    protected override async Task<IDatabase> CreateDatabaseAsync()
    {
        _directory = Path.Combine(Path.GetTempPath(), "engagebot-tests", Guid.NewGuid().ToString("N"));
        var options = Options.Create(new StorageOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "state.db")}" });
        var database = new SqliteDatabase(options);
        await TestSchema.Migrator(database, TimeProvider.System).MigrateAsync(CancellationToken.None);
        return database;
    }

    protected override async Task DeleteDatabaseAsync(IDatabase database)
    {
        await ((SqliteDatabase)database).DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
