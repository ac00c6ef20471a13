using System.Diagnostics;
using System.Globalization;
using EngageBot.Bench;

var options = BenchOptions.Parse(args);
var dll = options.ServiceDll ?? Path.Combine(RepositoryRoot(), "src", "Bot", "bin", "Release", "net10.0", "EngageBot.Bot.dll");

await using var sink = await ConnectorSink.StartAsync();
await using var service = await ServiceProcess.StartAsync(dll, options.ServiceEnvironment, CancellationToken.None);
using var http = new HttpClient(new SocketsHttpHandler
{
    MaxConnectionsPerServer = options.Concurrency.Max() + 16,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    UseProxy = false,
})
{ Timeout = TimeSpan.FromSeconds(30) };

Console.WriteLine(Invariant($"EngageBot turn bench: service pid {service.Id} (separate process, Release, SQLite file, anonymous), sink {sink.ServiceUrl}"));
Console.WriteLine(Invariant(
    $"{Environment.ProcessorCount} cores; {options.Users} users, {(options.FreshConversations ? "a new conversation every turn" : "one conversation each")}; mixes {string.Join(", ", options.Mixes)}; latency = POST start → reply at sink"));
var activityIds = await Discovery.ActivityIdsAsync(http, service.BaseAddress, sink);
Console.WriteLine(Invariant($"sign-up and cancel presses go to the {activityIds.Count} listed activities"));

if (options.Mode == "soak")
{
    await SoakAsync();
}
else
{
    await LoadAsync();
}

async Task LoadAsync()
{
    foreach (var mixName in options.Mixes)
    {
        foreach (var concurrency in options.Concurrency)
        {
            var mix = TurnMix.Create(mixName, activityIds);
            var generator = new LoadGenerator(service.BaseAddress, sink, options.Users, mix, options.FreshConversations);
            using var stop = new CancellationTokenSource();
            var run = generator.RunAsync(http, concurrency, 0, stop.Token);
            await Task.Delay(options.Warmup);
            var cpuBefore = service.CpuSeconds();
            var diskBefore = service.WrittenBytes("write_bytes");
            var benchCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var allocatedBefore = await ServiceMetrics.AllocatedBytesAsync(http, service.BaseAddress);
            generator.MeasureFrom = Stopwatch.GetTimestamp();
            await Task.Delay(options.Duration);
            var cpu = service.CpuSeconds() - cpuBefore;
            var disk = service.WrittenBytes("write_bytes") - diskBefore;
            var benchCpu = (Process.GetCurrentProcess().TotalProcessorTime - benchCpuBefore).TotalSeconds;
            var allocated = await ServiceMetrics.AllocatedBytesAsync(http, service.BaseAddress) - allocatedBefore;
            await stop.CancelAsync();
            var samples = (await run).SelectMany(s => s).ToList();
            Console.WriteLine(Invariant($"{mixName} c={concurrency,-4} {Report.Summarise(samples, options.Duration)}"));
            if (mix.Kinds.Count > 1)
            {
                foreach (var kind in mix.Kinds)
                {
                    Console.WriteLine(Invariant($"  {kind,-13} {Report.Summarise(samples.Where(s => s.Kind == kind), options.Duration)}"));
                }
            }

            if (options.SamplesFile is { } file)
            {
                await Report.WriteCsvAsync(Path.ChangeExtension(file, Invariant($".{mixName}.c{concurrency}.csv")), samples, generator.MeasureFrom);
            }
            Console.WriteLine(Invariant(
                $"       service CPU {cpu / options.Duration.TotalSeconds * 100,5:F0}% of one core ({cpu * 1e6 / Math.Max(1, samples.Count),4:F0} µs/turn; load generator + sink {benchCpu * 1e6 / Math.Max(1, samples.Count),4:F0} µs/turn)  disk {disk / 1024.0 / Math.Max(1, samples.Count),5:F1} KiB/turn  allocated {allocated / 1024.0 / Math.Max(1, samples.Count),5:F1} KiB/turn  RSS {service.ReadMemoryMiB("VmRSS"),6:F1} MiB  peak RSS (VmHWM) {service.ReadMemoryMiB("VmHWM"),6:F1} MiB"));
        }
    }
}

async Task SoakAsync()
{
    var concurrency = options.Concurrency[0];
    var generator = new LoadGenerator(service.BaseAddress, sink, options.Users, TurnMix.Create(options.Mixes[0], activityIds), options.FreshConversations)
    {
        MeasureFrom = 0,
    };
    using var stop = new CancellationTokenSource();
    Console.WriteLine(Invariant($"soak: c={concurrency}, {options.SoakRate} turns/s target, {options.SoakLength.TotalMinutes} min, RSS every {options.SampleEvery.TotalSeconds} s"));
    var run = generator.RunAsync(http, concurrency, options.SoakRate, stop.Token);
    var series = new List<(TimeSpan At, double RssMiB, long Replies)>();
    var started = Stopwatch.GetTimestamp();
    while (Stopwatch.GetElapsedTime(started) < options.SoakLength)
    {
        await Task.Delay(options.SampleEvery);
        var point = (Stopwatch.GetElapsedTime(started), service.ReadMemoryMiB("VmRSS"), sink.Received);
        series.Add(point);
        Console.WriteLine(Invariant($"  t={point.Item1.TotalSeconds,5:F0} s  RSS {point.Item2,6:F1} MiB  replies {point.Item3}"));
    }

    await stop.CancelAsync();
    var samples = (await run).SelectMany(s => s).ToList();
    Console.WriteLine(Invariant($"soak  {Report.Summarise(samples, options.SoakLength)}"));
    var minute = TimeSpan.FromMinutes(1);
    var first = series.Where(p => p.At <= minute).Select(p => p.RssMiB).DefaultIfEmpty(double.NaN).Average();
    var last = series.Where(p => p.At > series[^1].At - minute).Select(p => p.RssMiB).DefaultIfEmpty(double.NaN).Average();
    var middle = series.Where(p => p.At > options.SoakLength / 2 - minute && p.At <= options.SoakLength / 2).Select(p => p.RssMiB).DefaultIfEmpty(double.NaN).Average();
    Console.WriteLine(Invariant($"RSS second half: minute before half-time {middle:F1} MiB → last minute {last:F1} MiB, growth {last - middle:+0.0;-0.0} MiB"));
    Console.WriteLine(Invariant(
        $"RSS first minute {first:F1} MiB, last minute {last:F1} MiB, growth {last - first:+0.0;-0.0} MiB ({(last - first) / first * 100:+0.0;-0.0}%); peak (VmHWM) {service.ReadMemoryMiB("VmHWM"):F1} MiB"));
}

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "EngageBot.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository, or pass --service <path to EngageBot.Bot.dll>.");
}

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
