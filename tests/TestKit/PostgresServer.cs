using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using EngageBot.Infrastructure;
using Npgsql;

namespace EngageBot.TestKit;

/// <summary>
/// A real PostgreSQL, started from the machine's binaries in a temp directory on a loopback port and
/// removed afterwards (scripts/ensure-postgres.sh installs the binaries). Each test gets its own database.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "engagebot-pg-" + Guid.NewGuid().ToString("N"));
    private string _bin = string.Empty;
    private int _port;

    public async Task InitializeAsync()
    {
        _bin = Directory.GetDirectories("/usr/lib/postgresql").OrderDescending()
            .Select(d => Path.Combine(d, "bin")).FirstOrDefault(d => File.Exists(Path.Combine(d, "postgres")))
            ?? throw new InvalidOperationException("PostgreSQL binaries are missing: run scripts/ensure-postgres.sh.");
        _port = FreePort();
        Directory.CreateDirectory(_directory);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres", _directory);
        }

        await RunAsPostgresAsync($"{_bin}/initdb", "-D", $"{_directory}/data", "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale");
        await RunAsPostgresAsync($"{_bin}/pg_ctl", "-D", $"{_directory}/data", "-l", $"{_directory}/log", "-w",
            "-o", $"-h 127.0.0.1 -p {_port} -k {_directory} -c fsync=off -c max_connections=200", "start");
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=50;Timeout=60";

    public async Task DisposeAsync()
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

    // initdb refuses to run as root; CI and developers' machines run as root.
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
