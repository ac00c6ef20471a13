using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EngageBot.Bot.Tests.Outbox;

/// <summary>
/// The service as a real child process: the built EngageBot.Bot.dll under <c>dotnet</c>, on a SQLite file and a
/// loopback port, so a test can end it with SIGKILL and start it again on the same file.
/// </summary>
internal sealed class ChildBot : IAsyncDisposable
{
    private readonly Process _process;

    private ChildBot(Process process, int port)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Http { get; }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<ChildBot> StartAsync(int port, IDictionary<string, string?> settings)
    {
        var start = new ProcessStartInfo("dotnet", [BotDll()])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(BotDll())!,
        };
        start.Environment["Urls"] = $"http://127.0.0.1:{port}"; // over appsettings.json's Urls
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new ChildBot(process, port);
        for (var i = 0; i < 600; i++)
        {
            Assert.False(process.HasExited, "the service stopped during start-up");
            try
            {
                using var health = await bot.Http.GetAsync("healthz");
                if (health.IsSuccessStatusCode)
                {
                    return bot;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The service did not become healthy within a minute.");
    }

    /// <summary>SIGKILL: no shutdown, no flush; whatever was not committed is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>src/Bot's build output for the configuration these tests were built in.</summary>
    private static string BotDll()
    {
        var testBin = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory); // …/tests/Bot.Tests/bin/{Configuration}/net10.0
        var framework = new DirectoryInfo(testBin).Name;
        var configuration = new DirectoryInfo(testBin).Parent!.Name;
        var repo = new DirectoryInfo(testBin);
        while (!Directory.Exists(Path.Combine(repo.FullName, "src", "Bot")))
        {
            repo = repo.Parent ?? throw new DirectoryNotFoundException("No src/Bot above " + testBin);
        }

        return Path.Combine(repo.FullName, "src", "Bot", "bin", configuration, framework, "EngageBot.Bot.dll");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }
}
