using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace EngageBot.Bot.Telemetry;

/// <summary>
/// How many tag combinations each metric stream may hold. OpenTelemetry allocates a stream's points for its whole limit
/// up front (2,000 by default, ~72 bytes each: ~144 KB per stream on the large-object heap, ~7.8 MB for the service's
/// 54 streams, an eighth of its live heap) though the service's own and the runtime's instruments carry a handful of
/// combinations (channel × outcome, kind × status: three or fewer each in a bench run), as do Kestrel's (its listening
/// endpoints). Those get <see cref="Own"/>; the meters whose tags name a route or a peer (requests by route and status,
/// HttpClient calls by host) keep OpenTelemetry's default. A combination beyond a limit is still counted, in the
/// stream's overflow point.
/// </summary>
internal static class MetricPointLimits
{
    /// <summary>For instruments whose tags are the service's own enums, the runtime's (GC generation, exception type) and Kestrel's.</summary>
    public const int Own = 128;

    /// <summary>Meters tagged by route or peer: ASP.NET Core's requests and route matches, HttpClient's calls.</summary>
    private static readonly string[] Open = ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Routing", "System.Net.Http"];

    /// <summary>The view: <see cref="Own"/> for every meter but <see cref="Open"/>'s, which keep the default (null: no view).</summary>
    public static MetricStreamConfiguration? For(Instrument instrument) =>
        Open.Contains(instrument.Meter.Name, StringComparer.Ordinal) ? null : new MetricStreamConfiguration { CardinalityLimit = Own };
}
