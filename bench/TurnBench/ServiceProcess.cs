using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace EngageBot.Bench;

/// <summary>
/// The real service as its own process (Release build, fresh SQLite file in a temp folder, anonymous mode,
/// logging at Warning), so the memory figures belong to the service alone.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private ServiceProcess(Process process, string folder, Uri baseAddress)
    {
        _process = process;
        _folder = folder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    public static async Task<ServiceProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the service first: dotnet build -c Release src/Bot ({dll} is missing).", dll);
        }

        var folder = Path.Combine(Path.GetTempPath(), "engagebot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", $"http://127.0.0.1:{port}" },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            UseShellExecute = false,
            RedirectStandardOutput = false,
            RedirectStandardError = false,
        };
        start.Environment["ConnectionStrings__EngageBot"] = $"Data Source={Path.Combine(folder, "engagebot.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        start.Environment["MicrosoftAppId"] = string.Empty;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // The bench reads the service's allocation counter from /metrics (ServiceMetrics).
        start.Environment["Telemetry__MetricsAllowedNetworks__0"] = "127.0.0.1/32";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The service did not start.");
        var service = new ServiceProcess(process, folder, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await service.WaitHealthyAsync(cancellationToken);
        }
        catch
        {
            // Never leave a service behind (it would hold the port, the temp folder and the caller's output pipe).
            await service.DisposeAsync();
            throw;
        }

        return service;
    }

    /// <summary>A line of /proc/&lt;pid&gt;/status in MiB, e.g. VmRSS or VmHWM.</summary>
    public double ReadMemoryMiB(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                var kb = long.Parse(line.AsSpan(field.Length + 1).Trim().ToString().Split(' ')[0], CultureInfo.InvariantCulture);
                return kb / 1024.0;
            }
        }

        return double.NaN;
    }

    /// <summary>Bytes the service asked the kernel to write so far (<c>wchar</c> of /proc/&lt;pid&gt;/io: files and sockets).</summary>
    public long WrittenBytes(string field = "wchar")
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/io"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(field.Length + 1).Trim(), CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    /// <summary>
    /// Context switches of all the service's threads so far, (voluntary: a thread blocked or waited; involuntary: the
    /// scheduler took the core away), summed over /proc/&lt;pid&gt;/task/*. Threads that ended meanwhile are not counted,
    /// so read it across a window where the thread pool is settled.
    /// </summary>
    public (long Voluntary, long Involuntary) ContextSwitches()
    {
        long voluntary = 0, involuntary = 0;
        foreach (var task in Directory.EnumerateDirectories($"/proc/{_process.Id}/task"))
        {
            try
            {
                foreach (var line in File.ReadLines(Path.Combine(task, "status")))
                {
                    if (line.StartsWith("voluntary_ctxt_switches:", StringComparison.Ordinal))
                    {
                        voluntary += long.Parse(line.AsSpan(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim(), CultureInfo.InvariantCulture);
                    }
                    else if (line.StartsWith("nonvoluntary_ctxt_switches:", StringComparison.Ordinal))
                    {
                        involuntary += long.Parse(line.AsSpan(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim(), CultureInfo.InvariantCulture);
                    }
                }
            }
            catch (IOException)
            {
                // The thread ended while we read.
            }
        }

        return (voluntary, involuntary);
    }

    /// <summary>User + system CPU seconds the service used so far.</summary>
    public double CpuSeconds()
    {
        _process.Refresh();
        return _process.TotalProcessorTime.TotalSeconds;
    }

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        // Up to 2 minutes: on a machine shared with builds, start-up (migrations, JIT) can take well over 30 s.
        for (var i = 0; i < 1200; i++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The service exited with code {_process.ExitCode}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "readyz"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException("The service did not become healthy within 2 minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
