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

    /// <summary>Answers that take over from a date (a new fee, new office hours), earliest first; see <see cref="AnswerAt"/>.</summary>
    public IReadOnlyList<ScheduledAnswer> Scheduled { get; init => field = value ?? []; } = []; // content files without it read as null

    /// <summary>The answer that applies at <paramref name="now"/>: the latest scheduled one already in effect, else <see cref="Answer"/>.</summary>
    public Localized AnswerAt(DateTimeOffset now) =>
        Scheduled.Where(s => s.From <= now).OrderBy(s => s.From).LastOrDefault() is { } due ? new Localized(due.Zh, due.En) : Answer;
}

/// <summary>An answer staff set in advance: it applies from <see cref="From"/> on.</summary>
public sealed record ScheduledAnswer(DateTimeOffset From, string Zh, string En);
