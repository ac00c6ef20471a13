using EngageBot.Dialogs.Intents;
using EngageBot.Dialogs.Knowledge;
using Microsoft.Extensions.Options;

namespace EngageBot.Dialogs.Tests.Infrastructure;

/// <summary>The real recognizer over the shipped knowledge, on a fixed clock (Wednesday 18 Nov 2026, 10:00 in Beijing).</summary>
public static class Recognizers
{
    public static readonly DateTimeOffset Wednesday = new(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);

    public static IntentRecognizer Shipped(TimeProvider? clock = null) =>
        new(KnowledgeBase.FromShippedContent(), clock ?? new ManualTimeProvider(Wednesday), Options.Create(new RecognizerOptions()));
}
