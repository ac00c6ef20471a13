using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace EngageBot.TestKit;

/// <summary>
/// A throwaway PostgreSQL from the machine's binaries (scripts/ensure-postgres.sh installs them): a temp data
/// directory, a loopback port, fsync off, removed on dispose. The tests' <see cref="PostgresServer"/> and the turn
/// bench (which links this file: it has no test dependencies) start and stop it the same way.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    private readonly string _directory;

    private LocalPostgres(string bin, string directory, int port)
    {
        Bin = bin;
        _directory = directory;
        Port = port;
    }

    /// <summary>The folder of the server's programs.</summary>
    public string Bin { get; }

    public int Port { get; }

    public string DataDirectory => Path.Combine(_directory, "data");

    /// <summary>The newest installed PostgreSQL's bin folder.</summary>
    public static string FindBinaries() =>
        Directory.GetDirectories("/usr/lib/postgresql").OrderDescending()
            .Select(d => Path.Combine(d, "bin")).FirstOrDefault(d => File.Exists(Path.Combine(d, "postgres")))
        ?? throw new InvalidOperationException("PostgreSQL binaries are missing: run scripts/ensure-postgres.sh.");

    /// <param name="prefix">The temp folder's name prefix (says who left it, if anything does).</param>
    /// <param name="settings">Server settings beyond fsync=off, e.g. <c>max_connections=200</c>.</param>
    public static async Task<LocalPostgres> StartAsync(string prefix, params string[] settings)
    {
        var server = new LocalPostgres(FindBinaries(), Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")), FreePort());
        Directory.CreateDirectory(server._directory);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres", server._directory);
        }

        var options = string.Concat(settings.Prepend("fsync=off").Select(s => $" -c {s}"));
        await RunAsPostgresAsync($"{server.Bin}/initdb", "-D", server.DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale");
        await RunAsPostgresAsync($"{server.Bin}/pg_ctl", "-D", server.DataDirectory, "-l", $"{server._directory}/log", "-w",
            "-o", $"-h 127.0.0.1 -p {server.Port} -k {server._directory}{options}", "start");
        return server;
    }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=60";

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsPostgresAsync($"{Bin}/pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Runs a program to its end; a non-zero exit throws with its output.</summary>
    public static async Task RunAsync(string file, params string[] arguments)
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

    // initdb refuses to run as root; CI and developers' machines run as root.
    private static Task RunAsPostgresAsync(string file, params string[] arguments) =>
        Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", file, .. arguments]) : RunAsync(file, arguments);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
