using EngageBot.Features.Staff;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Knowledge;

/// <summary>What staff changed on one knowledge entry: both answers and the sample questions in both languages.</summary>
public sealed record KnowledgeEdit(
    string EntryId,
    string AnswerZh,
    string AnswerEn,
    IReadOnlyList<string> QuestionsZh,
    IReadOnlyList<string> QuestionsEn,
    DateTimeOffset UpdatedAt,
    string? UpdatedBy);
