using System.Globalization;

namespace EngageBot.Bench;

/// <summary>Turns per second and latency percentiles of one measurement.</summary>
public static class Report
{
    public static string Summarise(IEnumerable<Sample> samples, TimeSpan window)
    {
        var all = samples.ToList();
        var errors = all.Count(s => !s.Ok);
        var latencies = all.Where(s => s.Ok).Select(s => s.LatencyMs).Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"turns/s {all.Count / window.TotalSeconds,8:F0}  p50 {P(latencies, 0.50),6:F2} ms  p90 {P(latencies, 0.90),6:F2} ms  " +
            $"p99 {P(latencies, 0.99),6:F2} ms  max {(latencies.Length > 0 ? latencies[^1] : double.NaN),7:F2} ms  turns {all.Count}  errors {errors}");
    }

    /// <summary>One line per turn: ms since the measurement began, latency in ms, ok, kind.</summary>
    /// <summary>How the measured turns' texts were read: kept readings (the service's recognition cache), made, or cache off.</summary>
    public static string Readings(Dictionary<string, double> before, Dictionary<string, double> after)
    {
        double Delta(string cache) => after.GetValueOrDefault(cache) - before.GetValueOrDefault(cache);
        var (kept, made, off) = (Delta("kept"), Delta("made"), Delta("off"));
        var all = kept + made + off;
        return all <= 0
            ? "       recognition: no readings counted (metrics off or an older service)"
            : string.Create(CultureInfo.InvariantCulture, $"       recognition: {all:F0} readings, {kept / all * 100:F1} % kept by the cache, {made / all * 100:F1} % made, {off / all * 100:F1} % uncached (cache off or a long text)");
    }

    /// <summary>The SQLite writer's counts per turn over the window, or null when the service publishes none (PostgreSQL, older builds).</summary>
    public static string? SqliteWrites(Dictionary<string, double> before, Dictionary<string, double> after, long turns)
    {
        double PerTurn(string name) => (after.GetValueOrDefault(name) - before.GetValueOrDefault(name)) / turns;
        var commits = after.GetValueOrDefault("commits") - before.GetValueOrDefault("commits");
        if (commits <= 0 || !after.ContainsKey("wal_pages"))
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"       SQLite writer per turn: {PerTurn("writer_statements"):F2} statements, {PerTurn("rows_changed"):F2} rows changed, {PerTurn("wal_pages"):F2} WAL pages; {(after.GetValueOrDefault("commit_writes") - before.GetValueOrDefault("commit_writes")) / commits:F2} writes and {(after.GetValueOrDefault("wal_pages") - before.GetValueOrDefault("wal_pages")) / commits:F1} pages per commit");
    }

    /// <summary>The runtime's counts over the window: what the service's process did besides the turns' own code.</summary>
    public static string Runtime(Dictionary<string, double> before, Dictionary<string, double> after, long turns)
    {
        double Delta(string name) => after.GetValueOrDefault(name) - before.GetValueOrDefault(name);
        double PerThousand(string name) => Delta(name) * 1000 / turns;
        if (!after.ContainsKey("dotnet_gc_collections_totalgen0"))
        {
            return "       runtime: no counters (metrics off or an older service)";
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"       runtime per 1,000 turns: GC gen0 {PerThousand("dotnet_gc_collections_totalgen0"):F2}, gen1 {PerThousand("dotnet_gc_collections_totalgen1"):F2}, gen2 {PerThousand("dotnet_gc_collections_totalgen2"):F2}, pause {PerThousand("dotnet_gc_pause_time_seconds_total") * 1000:F1} ms; lock contentions {PerThousand("dotnet_monitor_lock_contentions_total"):F1}; thread-pool work items {PerThousand("dotnet_thread_pool_work_item_count_total"):F0}; in the window JIT-compiled {Delta("dotnet_jit_compiled_methods_total"):F0} methods ({Delta("dotnet_jit_compilation_time_seconds_total") * 1e6 / turns:F1} µs of JIT per turn); thread-pool threads {after.GetValueOrDefault("dotnet_thread_pool_thread_count_total"):F0}");
    }

    public static async Task WriteCsvAsync(string path, IEnumerable<Sample> samples, long measureFrom)
    {
        var lines = samples.OrderBy(s => s.Started).Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{System.Diagnostics.Stopwatch.GetElapsedTime(measureFrom, s.Started).TotalMilliseconds:F3},{s.LatencyMs:F3},{(s.Ok ? 1 : 0)},{s.Kind}"));
        await File.WriteAllLinesAsync(path, ["started_ms,latency_ms,ok,kind", .. lines]);
    }

    private static double P(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
