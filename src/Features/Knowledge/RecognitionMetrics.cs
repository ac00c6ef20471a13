using System.Diagnostics.Metrics;

namespace EngageBot.Features.Knowledge;

/// <summary>How sure the recognizer is about the messages it reads: the best candidate's score, once per turn.</summary>
public static class RecognitionMetrics
{
    public const string MeterName = "EngageBot.Knowledge";

    private static readonly Meter Meter = new(MeterName);

    // Buckets around the answer policy's thresholds (clarify 0.22, answer 0.45, sure 0.7), so a shift shows.
    private static readonly Histogram<double> Confidence = Meter.CreateHistogram(
        "engagebot.recognition.confidence", unit: null, "The best knowledge entry's score for a member's message, by what the bot made of it.",
        tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.22, 0.3, 0.45, 0.55, 0.7, 0.85, 1, 1.25] });

    public static void Record(RecognizedIntent recognized)
    {
        if (!Confidence.Enabled)
        {
            return;
        }

        var score = recognized.Top?.Score ?? (recognized.Candidates.Count > 0 ? recognized.Candidates[0].Score : 0);
        Confidence.Record(score, new KeyValuePair<string, object?>("reading", Reading(recognized)));
    }

    private static string Reading(RecognizedIntent recognized) => recognized.Intent switch
    {
        Intent.Faq or Intent.Club => "answer",
        Intent.Clarify => "clarify",
        Intent.None when recognized.OffTopic => "off_topic",
        Intent.None => "none",
        _ => "command",
    };
}
