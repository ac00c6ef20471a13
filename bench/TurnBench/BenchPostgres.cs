using System.Globalization;
using EngageBot.TestKit;
using Npgsql;

namespace EngageBot.Bench;

/// <summary>
/// A throwaway PostgreSQL for <c>--provider postgres</c> (<see cref="LocalPostgres"/>, the tests' way: the binaries
/// scripts/ensure-postgres.sh installs, a temp data directory, a loopback port, fsync off), with pg_stat_statements
/// loaded when the machine has it. Its CPU is read from /proc, so it is the database's alone.
/// </summary>
public sealed class BenchPostgres : IAsyncDisposable
{
    private readonly LocalPostgres _server;

    private BenchPostgres(LocalPostgres server, bool hasStatements)
    {
        _server = server;
        HasStatements = hasStatements;
    }

    /// <summary>True when pg_stat_statements is loaded (statements per turn can be counted).</summary>
    public bool HasStatements { get; }

    public static async Task<BenchPostgres> StartAsync(string repositoryRoot)
    {
        await LocalPostgres.RunAsync("bash", Path.Combine(repositoryRoot, "scripts", "ensure-postgres.sh"));
        var statements = Directory.GetFiles(Path.GetDirectoryName(LocalPostgres.FindBinaries())!, "pg_stat_statements.so", SearchOption.AllDirectories).Length > 0;
        string[] settings = statements
            ? ["max_connections=400", "shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track_utility=on", "pg_stat_statements.track_planning=on"]
            : ["max_connections=400"];
        return new BenchPostgres(await LocalPostgres.StartAsync("engagebot-bench-pg-", settings), statements);
    }

    /// <summary>A new empty database; its connection string, with <paramref name="poolSize"/> connections per instance when given.</summary>
    public async Task<string> CreateDatabaseAsync(string name, int? poolSize)
    {
        await ExecuteAsync(ConnectionString("postgres"), $"CREATE DATABASE {name}");
        if (HasStatements)
        {
            await ExecuteAsync(ConnectionString(name), "CREATE EXTENSION pg_stat_statements");
        }

        return poolSize is { } size ? ConnectionString(name) + $";Maximum Pool Size={size.ToString(CultureInfo.InvariantCulture)}" : ConnectionString(name);
    }

    public string ConnectionString(string database) => _server.ConnectionString(database);

    /// <summary>
    /// CPU seconds of the whole server: the postmaster and its live children (backends, walwriter, checkpointer…),
    /// each with the times of the children it reaped (<c>cutime</c>, <c>cstime</c>), so backends that exited in the
    /// window still count.
    /// </summary>
    public double CpuSeconds()
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(_server.DataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && ProcStat(pid) is { } stat && (pid == postmaster || stat.Parent == postmaster))
            {
                ticks += stat.Ticks;
            }
        }

        return ticks / 100.0; // USER_HZ: 100 on Linux
    }

    private static (int Parent, long Ticks)? ProcStat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after "(comm)": state, ppid, … utime (14th field), stime, cutime, cstime.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int n) => long.Parse(fields[n - 3], CultureInfo.InvariantCulture);
            return ((int)Field(4), Field(14) + Field(15) + Field(16) + Field(17));
        }
        catch (IOException)
        {
            return null; // the process ended while we looked
        }
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
