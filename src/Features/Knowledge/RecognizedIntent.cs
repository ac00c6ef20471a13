using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// The recognizer's reading of one message: the intent, the best knowledge entry and its score for FAQ and
/// club intents (also the topic an activity or sign-up question mentions, e.g. 瑜伽), the closest entries
/// for clarifying, and a time range when the message names one.
/// </summary>
public sealed record RecognizedIntent(
    Intent Intent,
    ScoredEntry? Top,
    IReadOnlyList<ScoredEntry> Candidates,
    TimeRange? When = null)
{
    /// <summary>
    /// True when the message is plainly about something the union bot does not cover (weather, stocks,
    /// poems…): understood, just out of scope, so it does not count as a misunderstanding.
    /// </summary>
    public bool OffTopic { get; init; }

    /// <summary>A stable label for evaluation and logs: "faq:mutual-aid", "club:club-yoga", "intent:help", "none".</summary>
    public string Label => Intent switch
    {
        Intent.Faq => "faq:" + Top!.Entry.Id,
        Intent.Club => "club:" + Top!.Entry.Id,
        Intent.None => "none",
        Intent.Clarify => "clarify",
        _ => "intent:" + Intent.ToString().ToLowerInvariant(),
    };
}
