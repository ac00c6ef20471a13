using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Staff;

namespace EngageBot.Features.Knowledge;

/// <summary>New answers and sample questions for one entry (all four fields are replaced).</summary>
public sealed record KnowledgeUpdateRequest(
    string? AnswerZh,
    string? AnswerEn,
    IReadOnlyList<string>? QuestionsZh,
    IReadOnlyList<string>? QuestionsEn);
