using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace EngageBot.Core.Turns;

/// <summary>
/// The turn's instruments and its trace source. Static, so measuring a turn allocates nothing beyond what the
/// instruments need; the host decides whether anything listens (OpenTelemetry, see the Bot's telemetry wiring).
/// </summary>
public static class TurnTelemetry
{
    /// <summary>The meter and activity source name the host subscribes to.</summary>
    public const string Name = "EngageBot.Turns";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>("engagebot.turns", "{turn}", "Turns run, by channel and outcome.");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram(
        "engagebot.turn.duration", "s", "From the activity's arrival at the adapter to its replies handed on, by channel and outcome.",
        tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    private static readonly Counter<long> Reruns = Meter.CreateCounter<long>("engagebot.turn.reruns", "{turn}", "Turns re-run on fresh state after losing a state write race.");

    /// <summary>Starts the turn's activity (null when nobody listens): the logs written inside it carry its trace id.</summary>
    public static Activity? Start(string channelId)
    {
        var activity = Source.StartActivity("turn");
        activity?.SetTag("engagebot.channel", channelId);
        return activity;
    }

    /// <summary>Counts a finished turn and records its duration from <paramref name="startedAt"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    public static void Finish(string channelId, TurnOutcome outcome, long startedAt)
    {
        var channel = new KeyValuePair<string, object?>("channel", channelId);
        var result = new KeyValuePair<string, object?>("outcome", OutcomeName(outcome));
        Turns.Add(1, channel, result);
        if (Duration.Enabled)
        {
            Duration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds, channel, result);
        }
    }

    public static void Rerun(string channelId) => Reruns.Add(1, new KeyValuePair<string, object?>("channel", channelId));

    // Constant strings: a tag value costs no allocation.
    private static string OutcomeName(TurnOutcome outcome) => outcome switch
    {
        TurnOutcome.Completed => "completed",
        TurnOutcome.Redelivery => "redelivery",
        TurnOutcome.Conflict => "conflict",
        TurnOutcome.Cancelled => "cancelled",
        _ => "failed",
    };
}

/// <summary>How a turn ended, as the turn metrics count it.</summary>
public enum TurnOutcome
{
    /// <summary>Committed; its replies were sent or handed to the outbox.</summary>
    Completed,

    /// <summary>An activity already processed: acknowledged, no second turn.</summary>
    Redelivery,

    /// <summary>Lost the state write race on every attempt (the channel gets 503 with Retry-After).</summary>
    Conflict,

    /// <summary>The caller went away before the turn committed.</summary>
    Cancelled,

    /// <summary>An exception left the turn.</summary>
    Failed,
}
