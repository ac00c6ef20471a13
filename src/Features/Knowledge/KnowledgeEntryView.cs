using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Staff;

namespace EngageBot.Features.Knowledge;

/// <summary>A knowledge entry as the editor shows it; <see cref="EditedBy"/> is set once staff changed it.</summary>
public sealed record KnowledgeEntryView(
    string Id,
    string Kind,
    string TitleZh,
    string TitleEn,
    string AnswerZh,
    string AnswerEn,
    IReadOnlyList<string> QuestionsZh,
    IReadOnlyList<string> QuestionsEn,
    string? EditedBy,
    DateTimeOffset? EditedAt);
