using System.Diagnostics;
using System.Globalization;

namespace EngageBot.Bench;

/// <summary>
/// <c>--mode load</c>: for each mix and concurrency, warm up, then measure a window: turns/s and latency, CPU of the
/// service (all instances) and, on PostgreSQL, of the database server per turn, with its statements per turn.
/// </summary>
public static class LoadRun
{
    public static async Task RunAsync(HttpClient http, ServiceCluster service, BenchPostgres? postgres, ConnectorSink sink,
        BenchOptions options, IReadOnlyList<string> activityIds)
    {
        var instances = service.Instances.Count;
        foreach (var mixName in options.Mixes)
        {
            foreach (var concurrency in options.Concurrency)
            {
                var mix = TurnMix.Create(mixName, activityIds);
                var generator = new LoadGenerator(service.BaseAddresses, sink, options.Users, mix, options.FreshConversations, options.SpreadUsers);
                using var stop = new CancellationTokenSource();
                var run = generator.RunAsync(http, concurrency, 0, stop.Token);
                await Task.Delay(options.Warmup);
                var settled = await JitSettle.WaitAsync(http, service, options.SettleMax);
                if (service.Statements is { } resetting)
                {
                    await resetting.ResetAsync();
                }

                // CPU and statements are divided by the turns that finished between the readings (not the measured
                // samples, which exclude turns that started while the readings were taken).
                var completedBefore = generator.Completed;
                var window = Stopwatch.StartNew();
                var cpuBefore = service.CpuSeconds();
                var switchesBefore = service.ContextSwitches();
                var dbCpuBefore = postgres?.CpuSeconds() ?? 0;
                var diskBefore = service.WrittenBytes("write_bytes");
                var benchCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var allocatedBefore = await service.AllocatedBytesAsync(http);
                var readingsBefore = await service.ReadingsAsync(http);
                var sqliteBefore = await service.SqliteAsync(http);
                var runtimeBefore = await service.RuntimeAsync(http);
                var hostBefore = HostCpu.Read();
                generator.MeasureFrom = Stopwatch.GetTimestamp();
                var windowStart = DateTimeOffset.UtcNow; // printed, so a server log or a wait sampler lines up with the samples
                await Task.Delay(options.Duration);
                var cpu = service.CpuSeconds() - cpuBefore;
                var host = HostCpu.Read() - hostBefore;
                var switchesAfter = service.ContextSwitches();
                var voluntary = switchesAfter.Voluntary - switchesBefore.Voluntary;
                var involuntary = switchesAfter.Involuntary - switchesBefore.Involuntary;
                var dbCpu = (postgres?.CpuSeconds() ?? 0) - dbCpuBefore;
                var seconds = window.Elapsed.TotalSeconds;
                var disk = service.WrittenBytes("write_bytes") - diskBefore;
                var turns = Math.Max(1, generator.Completed - completedBefore);
                var benchCpu = (Process.GetCurrentProcess().TotalProcessorTime - benchCpuBefore).TotalSeconds;
                var allocated = await service.AllocatedBytesAsync(http) - allocatedBefore;
                var readings = await service.ReadingsAsync(http);
                var sqlite = await service.SqliteAsync(http);
                var runtime = await service.RuntimeAsync(http);
                await stop.CancelAsync();
                var samples = (await run).SelectMany(s => s).ToList();
                var label = instances == 1 ? mixName : Invariant($"{mixName} n={instances}");
                Console.WriteLine(Invariant($"{label} c={concurrency,-4} {Report.Summarise(samples, options.Duration)}  (window from {windowStart:HH:mm:ss.fff} UTC)"));
                if (mix.Kinds.Count > 1)
                {
                    foreach (var kind in mix.Kinds)
                    {
                        Console.WriteLine(Invariant($"  {kind,-13} {Report.Summarise(samples.Where(s => s.Kind == kind), options.Duration)}"));
                    }
                }

                if (options.SamplesFile is { } file)
                {
                    await Report.WriteCsvAsync(Path.ChangeExtension(file, Invariant($".{mixName}.n{instances}.c{concurrency}.csv")), samples, generator.MeasureFrom);
                }

                Console.WriteLine(Invariant(
                    $"       service CPU {cpu / seconds * 100,5:F0}% of one core ({cpu * 1e6 / turns,4:F0} µs/turn{(instances > 1 ? Invariant($", {instances} instances together") : string.Empty)}; load generator + sink {benchCpu * 1e6 / turns,4:F0} µs/turn)  disk {disk / 1024.0 / turns,5:F1} KiB/turn  allocated {allocated / 1024.0 / turns,5:F1} KiB/turn  RSS {service.ReadMemoryMiB("VmRSS"),6:F1} MiB  peak RSS (VmHWM) {service.ReadMemoryMiB("VmHWM"),6:F1} MiB  context switches {(double)(voluntary + involuntary) / turns,5:F2}/turn ({(double)voluntary / turns:F2} voluntary)"));
                Console.WriteLine(Report.Readings(readingsBefore, readings));
                Console.WriteLine(settled);
                Console.WriteLine(Report.Runtime(runtimeBefore, runtime, turns));
                Console.WriteLine(Invariant(
                    $"       host: other processes {(host.Busy - cpu - dbCpu - benchCpu) / seconds * 100,5:F0}% of one core, steal {host.Steal / seconds * 100:F1}% (busy {host.Busy / seconds * 100:F0}% of {Environment.ProcessorCount * 100}%)"));
                if (Report.SqliteWrites(sqliteBefore, sqlite, turns) is { } writes)
                {
                    Console.WriteLine(writes);
                }

                if (postgres is not null)
                {
                    Console.WriteLine(Invariant(
                        $"       DB CPU {dbCpu / seconds * 100,5:F0}% of one core ({dbCpu * 1e6 / turns,4:F0} µs/turn: every PostgreSQL process)  service + DB {(cpu + dbCpu) * 1e6 / turns,4:F0} µs/turn"));
                    Console.WriteLine(await service.Statements!.ReportAsync(generator.Completed - completedBefore, options.TopStatements));
                }
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
