using System.Diagnostics;
using System.Globalization;
using EngageBot.Bench;

var options = BenchOptions.Parse(args);
if (options.Mode == "notice")
{
    // The notice run's settings, under whatever --env said.
    options = options with { ServiceEnvironment = new[] { NoticeRun.Settings, options.ServiceEnvironment }.SelectMany(d => d).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value) };
}

var dll = options.ServiceDll ?? Path.Combine(RepositoryRoot(), "src", "Bot", "bin", "Release", "net10.0", "EngageBot.Bot.dll");

await using var sink = await ConnectorSink.StartAsync();
await using var postgres = options.Provider == "postgres" ? await BenchPostgres.StartAsync(RepositoryRoot(), options.RecycledWal) : null;
using var http = new HttpClient(new SocketsHttpHandler
{
    MaxConnectionsPerServer = options.Concurrency.Max() + 16,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    UseProxy = false,
})
{ Timeout = TimeSpan.FromSeconds(30) };

Console.WriteLine(Invariant(
    $"EngageBot turn bench: {Environment.ProcessorCount} cores; service = Release build as its own process(es), anonymous; sink {sink.ServiceUrl}"));
Console.WriteLine(postgres is null
    ? "storage: SQLite, a fresh file per run"
    : Invariant($"storage: PostgreSQL (throwaway server, fsync off, WAL {(options.RecycledWal ? "segments recycled" : "segments created new")}, a fresh database per run, pool {(options.PoolSize is { } pool ? pool.ToString(CultureInfo.InvariantCulture) : "as the service sets it")} per instance, pg_stat_statements {(postgres.HasStatements ? "on" : "not available")}); Cluster:Enabled {(options.Clustered ? "on" : "off")}"));
Console.WriteLine(options.Mode == "notice" ? Invariant($"one notice to {options.Recipients} members") : Invariant(
    $"{options.Users} users, {(options.FreshConversations ? "a new conversation every turn" : "one conversation each")}, {(options.SpreadUsers ? "users in flight spread" : "users in flight in turn (neighbouring keys)")}; mixes {string.Join(", ", options.Mixes)}; latency = POST start → reply at sink"));
Console.WriteLine(options.RecognitionCached
    ? "recognition cache: on (the service's default; the mix's texts repeat, so most readings are kept ones; --recognition-cache off for uncached)"
    : "recognition cache: off (every message recognised afresh)");

foreach (var instances in options.Instances)
{
    await using var service = await ServiceCluster.StartAsync(dll, options, postgres, instances, options.Clustered);
    Console.WriteLine(Invariant($"{instances} instance(s){(instances > 1 ? ", turns round robin over them" : string.Empty)}: {service.Describe()}"));
    if (options.Mode == "notice")
    {
        await NoticeRun.RunAsync(http, service, postgres!, sink, options);
        continue;
    }

    var activityIds = await Discovery.ActivityIdsAsync(http, service.BaseAddresses[0], sink);
    Console.WriteLine(Invariant($"sign-up and cancel presses go to the {activityIds.Count} listed activities"));
    if (options.Mode == "soak")
    {
        await SoakAsync(service, activityIds);
    }
    else
    {
        await LoadRun.RunAsync(http, service, postgres, sink, options, activityIds);
    }
}

async Task SoakAsync(ServiceCluster service, IReadOnlyList<string> activityIds)
{
    var concurrency = options.Concurrency[0];
    var generator = new LoadGenerator(service.BaseAddresses, sink, options.Users, TurnMix.Create(options.Mixes[0], activityIds), options.FreshConversations, options.SpreadUsers)
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
