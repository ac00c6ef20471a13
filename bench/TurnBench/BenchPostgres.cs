using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace EngageBot.Bench;

/// <summary>
/// A throwaway PostgreSQL for <c>--provider postgres</c>: the binaries scripts/ensure-postgres.sh installs (the ones the
/// tests use), a temp data directory, a loopback port, fsync off (as the tests and scripts/cluster.sh), and
/// pg_stat_statements loaded when the machine has it. Its CPU is read from /proc, so it is the database's alone.
/// </summary>
public sealed class BenchPostgres : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "engagebot-bench-pg-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string _bin;
    private readonly int _port;

    private BenchPostgres(string bin, int port)
    {
        _bin = bin;
        _port = port;
    }

    /// <summary>True when pg_stat_statements is loaded (statements per turn can be counted).</summary>
    public bool HasStatements { get; private set; }

    public static async Task<BenchPostgres> StartAsync(string repositoryRoot)
    {
        await RunAsync("bash", Path.Combine(repositoryRoot, "scripts", "ensure-postgres.sh"));
        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderDescending()
            .Select(d => Path.Combine(d, "bin")).First(d => File.Exists(Path.Combine(d, "postgres")));
        var server = new BenchPostgres(bin, FreePort());
        await server.InitialiseAsync();
        return server;
    }

    private async Task InitialiseAsync()
    {
        Directory.CreateDirectory(_directory);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres", _directory);
        }

        HasStatements = Directory.GetFiles(Path.GetDirectoryName(_bin)!, "pg_stat_statements.so", SearchOption.AllDirectories).Length > 0;
        var settings = $"-h 127.0.0.1 -p {_port} -k {_directory} -c fsync=off -c max_connections=400";
        if (HasStatements)
        {
            settings += " -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_utility=on";
        }

        await RunAsPostgresAsync($"{_bin}/initdb", "-D", $"{_directory}/data", "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale");
        await RunAsPostgresAsync($"{_bin}/pg_ctl", "-D", $"{_directory}/data", "-l", $"{_directory}/log", "-w", "-o", settings, "start");
    }

    /// <summary>A new empty database; its connection string with <paramref name="poolSize"/> connections per instance.</summary>
    public async Task<string> CreateDatabaseAsync(string name, int poolSize)
    {
        await ExecuteAsync(ConnectionString("postgres"), $"CREATE DATABASE {name}");
        if (HasStatements)
        {
            await ExecuteAsync(ConnectionString(name), "CREATE EXTENSION pg_stat_statements");
        }

        return ConnectionString(name) + $";Maximum Pool Size={poolSize.ToString(CultureInfo.InvariantCulture)}";
    }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={_port};Username=postgres;Database={database};Timeout=60";

    /// <summary>
    /// CPU seconds of the whole server: the postmaster and its live children (backends, walwriter, checkpointer…),
    /// each with the times of the children it reaped (<c>cutime</c>, <c>cstime</c>), so backends that exited in the
    /// window still count.
    /// </summary>
    public double CpuSeconds()
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(_directory, "data", "postmaster.pid")).First(), CultureInfo.InvariantCulture);
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

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsPostgresAsync($"{_bin}/pg_ctl", "-D", $"{_directory}/data", "-m", "immediate", "-w", "stop");
        Directory.Delete(_directory, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // initdb refuses to run as root.
    private static Task RunAsPostgresAsync(string file, params string[] arguments) =>
        Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", file, .. arguments]) : RunAsync(file, arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output} {await error}");
        }
    }
}
