namespace EngageBot.Bot.Console;

/// <summary>New answers and sample questions for one entry (all four fields are replaced).</summary>
public sealed record KnowledgeUpdateRequest(
    string? AnswerZh,
    string? AnswerEn,
    IReadOnlyList<string>? QuestionsZh,
    IReadOnlyList<string>? QuestionsEn);
