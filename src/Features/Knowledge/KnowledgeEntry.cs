using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// One answer the union gives: a stable id (used in buttons, stored state and the evaluation set), title and
/// answer in both languages, the questions and synonyms that find it, and related entries offered as follow-ups.
/// </summary>
public sealed record KnowledgeEntry
{
    public required string Id { get; init; }

    public KnowledgeKind Kind { get; init; } = KnowledgeKind.Topic;

    public required Localized Title { get; init; }

    public required Localized Answer { get; init; }

    public LocalizedList Questions { get; init; } = LocalizedList.Empty;

    public LocalizedList Synonyms { get; init; } = LocalizedList.Empty;

    /// <summary>Ids of entries suggested as follow-up buttons.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>Set for clubs.</summary>
    public ClubDetails? Club { get; init; }
}
