using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Sqlite;
using Microsoft.Extensions.Options;

namespace EngageBot.TestKit;

/// <summary>A real SQLite file in a folder of its own under the temp directory, for tests that need one.</summary>
public static class TempSqlite
{
    public static string NewPath(string fileName = "engagebot.db") =>
        Path.Combine(Path.GetTempPath(), "engagebot-tests", Guid.NewGuid().ToString("N"), fileName);

    /// <summary>Removes the file's folder, for tests that write a lot; the database must be disposed first.</summary>
    public static void Delete(string path) => Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);

    public static SqliteDatabase Open(string path, TimeProvider? clock = null) =>
        new(Options.Create(new StorageOptions { ConnectionString = $"Data Source={path}" }), clock);
}
