using System.Globalization;
using System.Text.RegularExpressions;

namespace EngageBot.Bench;

/// <summary>
/// Bytes the service's managed code allocated so far, from its own <c>/metrics</c> (loopback may scrape): the
/// difference over a measurement, divided by its turns, is allocations per turn, a figure a busy machine does not
/// distort. NaN when the service does not publish it.
/// </summary>
public static partial class ServiceMetrics
{
    public static async Task<double> AllocatedBytesAsync(HttpClient http, Uri serviceBase)
    {
        try
        {
            var text = await http.GetStringAsync(new Uri(serviceBase, "metrics"));
            var match = Allocated().Match(text);
            return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
        }
        catch (HttpRequestException)
        {
            return double.NaN;
        }
    }

    /// <summary>The recognizer's readings so far, by whether the service's recognition cache kept them (kept, made, off).</summary>
    public static async Task<Dictionary<string, double>> ReadingsAsync(HttpClient http, Uri serviceBase)
    {
        var readings = new Dictionary<string, double>(StringComparer.Ordinal);
        try
        {
            var text = await http.GetStringAsync(new Uri(serviceBase, "metrics"));
            foreach (Match match in Readings().Matches(text))
            {
                var cache = match.Groups[1].Value;
                readings[cache] = readings.GetValueOrDefault(cache) + double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            }
        }
        catch (HttpRequestException)
        {
        }

        return readings;
    }

    /// <summary>The SQLite writer's counters so far (commits, commit_writes, wal_pages, rows_changed, writer_statements).</summary>
    public static async Task<Dictionary<string, double>> SqliteAsync(HttpClient http, Uri serviceBase)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        try
        {
            var text = await http.GetStringAsync(new Uri(serviceBase, "metrics"));
            foreach (Match match in Sqlite().Matches(text))
            {
                counts[match.Groups[1].Value] = double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            }
        }
        catch (HttpRequestException)
        {
        }

        return counts;
    }

    /// <summary>
    /// The runtime's own counters so far, keyed by name and labels: collections per generation, GC pause, methods
    /// JIT-compiled, lock contentions, thread-pool work items and threads. Two runs of one build that differ in CPU per
    /// turn but not in these did the same work; a run that differs in them (more gen 1, methods still compiling, more
    /// threads) had a different start.
    /// </summary>
    public static async Task<Dictionary<string, double>> RuntimeAsync(HttpClient http, Uri serviceBase)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        try
        {
            var text = await http.GetStringAsync(new Uri(serviceBase, "metrics"));
            foreach (Match match in Runtime().Matches(text))
            {
                var key = match.Groups[1].Value + match.Groups[2].Value;
                counts[key] = counts.GetValueOrDefault(key) + double.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            }
        }
        catch (HttpRequestException)
        {
        }

        return counts;
    }

    [GeneratedRegex(@"^(dotnet_(?:gc_collections_total|gc_pause_time_seconds_total|jit_compiled_methods_total|jit_compilation_time_seconds_total|monitor_lock_contentions_total|thread_pool_work_item_count_total|thread_pool_thread_count_total))(?:\{[^}]*?gc_heap_generation=""(\w+)""[^}]*\}|\{[^}]*\})? (\S+)", RegexOptions.Multiline)]
    private static partial Regex Runtime();

    [GeneratedRegex(@"^engagebot_sqlite_(\w+?)_total(?:\{[^}]*\})? (\S+)", RegexOptions.Multiline)]
    private static partial Regex Sqlite();

    [GeneratedRegex(@"^engagebot_recognition_readings_total\{[^}]*cache=""(\w+)""[^}]*\} (\S+)", RegexOptions.Multiline)]
    private static partial Regex Readings();

    [GeneratedRegex(@"^(?:dotnet_gc_heap_total_allocated_bytes_total|process_runtime_dotnet_gc_allocations_size_bytes_total)(?:\{[^}]*\})? (\S+)", RegexOptions.Multiline)]
    private static partial Regex Allocated();
}
