using EngageBot.Bot;
using EngageBot.Core.Time;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge;
using EngageBot.TestKit;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>The real recognizer over the shipped knowledge, on a fixed clock (Wednesday 18 Nov 2026, 10:00 in Beijing).</summary>
public static class Recognizers
{
    public static readonly DateTimeOffset Wednesday = new(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);

    public static IntentRecognizer Shipped(TimeProvider? clock = null) =>
        new(KnowledgeBase.FromShippedContent(), clock ?? new ManualClock(Wednesday), Options.Create(new RecognizerOptions()), UnionTime.For(UnionTimeOptions.DefaultTimeZone));

    /// <summary>The real recognizer over one snapshot, for instance one whose learned model had no member examples.</summary>
    public static IntentRecognizer Over(KnowledgeSnapshot snapshot) =>
        new(new FixedKnowledge(snapshot), new ManualClock(Wednesday), Options.Create(new RecognizerOptions()), UnionTime.For(UnionTimeOptions.DefaultTimeZone));

    private sealed class FixedKnowledge(KnowledgeSnapshot snapshot) : IKnowledgeBase
    {
        public KnowledgeSnapshot Current => snapshot;

        public void Replace(IReadOnlyList<KnowledgeEntry> entries) => throw new NotSupportedException();

        public void Teach(IReadOnlyList<EngageBot.Features.Knowledge.Learned.LearnedExample> taught) => throw new NotSupportedException();

        public IDisposable BatchSwaps() => throw new NotSupportedException();
    }
}
