using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using EngageBot.Core.Time;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Members send the same texts again and again ("帮助", "我的报名", "这周末有什么活动？"); recognising one costs a tenth
/// of a turn's CPU. A reading depends on the text, the knowledge snapshot, the day (time expressions such as "周六"),
/// and the recognizer's options (the snapshot's index holds its own words: <see cref="KnowledgeIndex.Segmenter"/>).
/// Readings are kept for exactly those: when any of them changes the cache starts over, so a kept reading
/// is the one the recognizer would give now. Readings are immutable records, shared between turns. Bounded: texts up
/// to <see cref="LongestText"/> characters, <see cref="RecognitionCacheOptions.Size"/> readings, then it starts over.
/// </summary>
public sealed class RecognitionCache(
    IIntentRecognizer recognizer,
    IKnowledgeBase knowledge,
    TimeProvider clock,
    UnionTime time,
    IOptions<RecognizerOptions> recognizerOptions,
    IOptions<RecognitionCacheOptions> options)
{
    /// <summary>Longer messages (stories, pasted text) are rarely sent twice.</summary>
    public const int LongestText = 120;

    private static readonly Meter Meter = new(RecognitionMetrics.MeterName);

    // How often a turn's reading was a kept one: the share the cache saves, in production and in the bench.
    private static readonly Counter<long> Counted = Meter.CreateCounter<long>(
        "engagebot.recognition.readings", unit: null, "Messages read by the recognizer, by whether the reading was a kept one (cache: kept, made, off).");

    private readonly int _size = Math.Max(0, options.Value.Size);

    private Readings? _readings;

    public RecognizedIntent Recognize(string text)
    {
        if (_size == 0 || text.Length > LongestText)
        {
            Count("off");
            return recognizer.Recognize(text);
        }

        // Read before recognising: a reading made while something changed lands with the old inputs, never the new.
        var readings = Current();
        if (readings.Kept.TryGetValue(text, out var kept))
        {
            Count("kept");
            return kept;
        }

        Count("made");

        var reading = recognizer.Recognize(text);
        if (Interlocked.Increment(ref readings.Count) <= _size)
        {
            readings.Kept.TryAdd(text, reading);
        }
        else
        {
            Interlocked.CompareExchange(ref _readings, null, readings); // full: start over
        }

        return reading;
    }

    private static void Count(string cache)
    {
        if (Counted.Enabled)
        {
            Counted.Add(1, new KeyValuePair<string, object?>("cache", cache));
        }
    }

    private Readings Current()
    {
        var snapshot = knowledge.Current;
        var today = time.Today(clock.GetUtcNow());
        var settings = recognizerOptions.Value;
        var readings = Volatile.Read(ref _readings);
        if (readings is not null && readings.Snapshot == snapshot && readings.Today == today && readings.Settings == settings)
        {
            return readings;
        }

        var fresh = new Readings(snapshot, today, settings);
        Volatile.Write(ref _readings, fresh);
        return fresh;
    }

    /// <summary>The readings made for one set of inputs.</summary>
    private sealed class Readings(KnowledgeSnapshot snapshot, DateOnly today, RecognizerOptions settings)
    {
        public KnowledgeSnapshot Snapshot { get; } = snapshot;

        public DateOnly Today { get; } = today;

        public RecognizerOptions Settings { get; } = settings;

        public ConcurrentDictionary<string, RecognizedIntent> Kept { get; } = new(StringComparer.Ordinal);

        public int Count;
    }
}
