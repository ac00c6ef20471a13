using EngageBot.Core.Turns;

namespace EngageBot.Features.Knowledge.Unanswered;

/// <summary>One stored unanswered question: masked text, never who asked.</summary>
public sealed record UnansweredQuestion(
    long Id,
    DateTimeOffset At,
    string Text,
    Language Language,
    UnansweredReading Reading,
    string? TopEntry,
    double Score);
