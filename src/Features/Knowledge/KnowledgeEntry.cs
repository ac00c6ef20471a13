using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// One answer the union gives: a stable id (used in buttons, stored state and the evaluation set), title and
/// answer in both languages, the questions, synonyms and everyday words that find it, and related entries offered as follow-ups.
/// </summary>
public sealed record KnowledgeEntry
{
    public required string Id { get; init; }

    public KnowledgeKind Kind { get; init; } = KnowledgeKind.Topic;

    public required Localized Title { get; init; }

    public required Localized Answer { get; init; }

    public LocalizedList Questions { get; init; } = LocalizedList.Empty;

    public LocalizedList Synonyms { get; init; } = LocalizedList.Empty;

    /// <summary>
    /// Everyday words and situations members use instead of the topic's terms (吸奶 for the nursing room, 老板跑路 for
    /// unpaid wages): staff edit them beside the synonyms. Weaker than a synonym: they hint at the topic, they do not name it.
    /// </summary>
    public LocalizedList Everyday { get; init => field = value ?? LocalizedList.Empty; } = LocalizedList.Empty; // entries saved before it read as null

    /// <summary>Ids of entries suggested as follow-up buttons.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>Set for clubs.</summary>
    public ClubDetails? Club { get; init; }

    /// <summary>Answers that take over from a date (a new fee, new office hours), earliest first; see <see cref="AnswerAt"/>.</summary>
    public IReadOnlyList<ScheduledAnswer> Scheduled { get; init => field = value ?? []; } = []; // content files without it read as null

    /// <summary>The answer that applies at <paramref name="now"/>: the latest scheduled one already in effect, else <see cref="Answer"/>.</summary>
    public Localized AnswerAt(DateTimeOffset now) =>
        Scheduled.Where(s => s.From <= now).OrderBy(s => s.From).LastOrDefault() is { } due ? new Localized(due.Zh, due.En) : Answer;
}

/// <summary>An answer staff set in advance: it applies from <see cref="From"/> on.</summary>
public sealed record ScheduledAnswer(DateTimeOffset From, string Zh, string En);
