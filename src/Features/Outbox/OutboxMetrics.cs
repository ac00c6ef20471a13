using System.Diagnostics.Metrics;
using EngageBot.Core.Turns;

namespace EngageBot.Features.Outbox;

/// <summary>
/// The outbox's instruments: rows waiting (sampled by <see cref="OutboxDepthSampler"/>, so a scrape never queries
/// the database), what became of each claimed row, and how long a sent row waited from being written to leaving.
/// Notice rows are the notices' delivery progress (kind "notice").
/// </summary>
public static class OutboxMetrics
{
    public const string MeterName = "EngageBot.Outbox";

    private static readonly Meter Meter = new(MeterName);

    private static long _pending;
    private static long _waiting;

    private static readonly ObservableGauge<long> Depth = Meter.CreateObservableGauge(
        "engagebot.outbox.depth", ObserveDepth, "{row}", "Rows waiting to be sent (pending) or held for a member's first sign-in (waiting).");

    private static readonly Counter<long> Deliveries = Meter.CreateCounter<long>(
        "engagebot.outbox.deliveries", "{row}", "Claimed rows by kind and what became of them (sent, failed, skipped, retry).");

    private static readonly Histogram<double> Latency = Meter.CreateHistogram(
        "engagebot.outbox.delivery.latency", "s", "From a row being written to its being sent, by kind.",
        tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900, 3600, 21600, 86400] });

    /// <summary>True when a listener reads the depth, so the sampler queries only then.</summary>
    public static bool DepthObserved => Depth.Enabled;

    public static void SetDepth(long pending, long waiting)
    {
        Volatile.Write(ref _pending, pending);
        Volatile.Write(ref _waiting, waiting);
    }

    public static void Completed(OutboxItem item, OutboxOutcome outcome, DateTimeOffset now)
    {
        var kind = new KeyValuePair<string, object?>("kind", item.Kind.Name());
        Deliveries.Add(1, kind, new KeyValuePair<string, object?>("status", outcome.Status == OutboxStatus.Pending ? "retry" : outcome.Status.Name()));
        if (outcome.Status == OutboxStatus.Sent && item.CreatedAt != default)
        {
            Latency.Record(Math.Max(0, (now - item.CreatedAt).TotalSeconds), kind);
        }
    }

    private static IEnumerable<Measurement<long>> ObserveDepth() =>
    [
        new(Volatile.Read(ref _pending), new KeyValuePair<string, object?>("status", "pending")),
        new(Volatile.Read(ref _waiting), new KeyValuePair<string, object?>("status", "waiting")),
    ];
}
