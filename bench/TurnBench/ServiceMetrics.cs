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

    [GeneratedRegex(@"^engagebot_sqlite_(\w+?)_total(?:\{[^}]*\})? (\S+)", RegexOptions.Multiline)]
    private static partial Regex Sqlite();

    [GeneratedRegex(@"^engagebot_recognition_readings_total\{[^}]*cache=""(\w+)""[^}]*\} (\S+)", RegexOptions.Multiline)]
    private static partial Regex Readings();

    [GeneratedRegex(@"^(?:dotnet_gc_heap_total_allocated_bytes_total|process_runtime_dotnet_gc_allocations_size_bytes_total)(?:\{[^}]*\})? (\S+)", RegexOptions.Multiline)]
    private static partial Regex Allocated();
}
