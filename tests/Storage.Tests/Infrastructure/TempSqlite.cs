using EngageBot.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace EngageBot.Storage.Tests.Infrastructure;

/// <summary>A real SQLite file in a folder of its own under the temp directory, for tests that need one.</summary>
public static class TempSqlite
{
    public static string NewPath(string fileName = "engagebot.db") =>
        Path.Combine(Path.GetTempPath(), "engagebot-tests", Guid.NewGuid().ToString("N"), fileName);

    public static SqliteDatabase Open(string path, TimeProvider? clock = null) =>
        new(Options.Create(new StorageOptions { ConnectionString = $"Data Source={path}" }), clock);
}
