using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Sqlite;
using Microsoft.Data.Sqlite;
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

    /// <summary>The first column of every row <paramref name="sql"/> reads, on a connection of its own (no pool).</summary>
    public static List<object?> Column(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<object?>();
        while (reader.Read())
        {
            values.Add(reader.GetValue(0));
        }

        return values;
    }
}
