using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Staff;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// What the recognizer makes of a question: the intent label ("faq:…", "clarify", "none", "intent:…"), the
/// answer the bot would give (in the question's language) when it answers from knowledge, the top entry's match
/// score (a cosine plus bonuses, so it may pass 1 — not a probability) and the scale it is on (<see cref="ScoreMax"/>,
/// <see cref="KnowledgeIndex.MaxScore"/>: the page draws its bar from 0 to it), the score needed to answer, and the closest entries.
/// </summary>
public sealed record KnowledgeTryResult(
    string Label,
    string Intent,
    string? EntryId,
    string? Answer,
    double? Score,
    double ScoreMax,
    double AnswerThreshold,
    IReadOnlyList<KnowledgeCandidate> Candidates);
