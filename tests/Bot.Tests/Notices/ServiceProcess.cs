using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Notices;

/// <summary>
/// The service as a real child process (the built EngageBot.Bot.dll) on a SQLite file, so a test can kill it
/// with SIGKILL and start it again on the same file.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServiceProcess(Process process, Uri baseAddress)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = baseAddress };
        Admin = new HttpClient(new EngageBot.TestKit.StaffTokenHandler(baseAddress)) { BaseAddress = baseAddress };
    }

    public HttpClient Http { get; }

    /// <summary>A client for /api/admin, signed in as the bootstrap admin.</summary>
    public HttpClient Admin { get; }

    public static async Task<ServiceProcess> StartAsync(string databasePath, IDictionary<string, string> settings)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [BotDll()])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
        };
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ConnectionStrings__EngageBot"] = $"Data Source={databasePath}";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings.Concat(EngageBot.TestKit.StaffTokenHandler.Settings.Select(p => KeyValuePair.Create(p.Key, p.Value!))))
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new ServiceProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        // Generous: on a shared 2-core machine a cold process (JIT, migrations) can take most of a minute.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(150));
        while (true)
        {
            try
            {
                using var health = await service.Http.GetAsync("readyz", timeout.Token);
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return service;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Assert.False(process.HasExited, "the service process exited during start-up");
            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM: the host shuts down gracefully.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Admin.Dispose();
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private static string BotDll()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EngageBot.sln")))
        {
            directory = directory.Parent;
        }

        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(directory!.FullName, "src", "Bot", "bin", configuration, "net10.0", "EngageBot.Bot.dll");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
