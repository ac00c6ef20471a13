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

    /// <summary>WAL segments written (and recycled) before the run: 768 MB, more than a 35 s run at 2,500 turns/s writes.</summary>
    private const int PrefilledSegments = 48;

    /// <param name="repositoryRoot">Where scripts/ensure-postgres.sh is.</param>
    /// <param name="recycledWal">
    /// True: WAL segments ready to be recycled before the run, as on a server that has been running (see
    /// <see cref="PrefillWalAsync"/>); false: every 16 MB segment the run writes is created and zero-filled while the
    /// committing backend holds the WAL write lock, a cost a production server pays only when its WAL outgrows what its
    /// checkpoints keep.
    /// </param>
    public static async Task<BenchPostgres> StartAsync(string repositoryRoot, bool recycledWal)
    {
        await LocalPostgres.RunAsync("bash", Path.Combine(repositoryRoot, "scripts", "ensure-postgres.sh"));
        var statements = Directory.GetFiles(Path.GetDirectoryName(LocalPostgres.FindBinaries())!, "pg_stat_statements.so", SearchOption.AllDirectories).Length > 0;
        List<string> settings = ["max_connections=400"];
        if (statements)
        {
            settings.AddRange(["shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track_utility=on", "pg_stat_statements.track_planning=on"]);
        }

        if (recycledWal)
        {
            // A checkpoint keeps up to min_wal_size of old segments for reuse (PostgreSQL's default: 80 MB).
            settings.Add("min_wal_size=1GB");
        }

        var server = new BenchPostgres(await LocalPostgres.StartAsync("engagebot-bench-pg-", [.. settings]), statements);
        if (recycledWal)
        {
            await server.PrefillWalAsync();
        }

        return server;
    }

    /// <summary>
    /// Writes <see cref="PrefilledSegments"/> WAL segments (a row, then a segment switch, each time) and checkpoints, so
    /// they are renamed to the names the run's WAL will take: the run writes into existing files, as a server that has
    /// been running does after each checkpoint (its checkpoints keep what their distance estimate says the next cycle
    /// needs, between min_wal_size and max_wal_size). Then waits for the page cache to write the new files out, so
    /// their writeback does not land in the measured window.
    /// </summary>
    private async Task PrefillWalAsync()
    {
        var postgres = ConnectionString("postgres");
        await ExecuteAsync(postgres, "CREATE TABLE wal_prefill (n int)");
        for (var i = 0; i < PrefilledSegments; i++)
        {
            await ExecuteAsync(postgres, "INSERT INTO wal_prefill VALUES (1); SELECT pg_switch_wal()");
        }

        await ExecuteAsync(postgres, "DROP TABLE wal_prefill; CHECKPOINT");
        await LocalPostgres.RunAsync("sync", "-f", Path.Combine(_server.DataDirectory, "pg_wal"));
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
