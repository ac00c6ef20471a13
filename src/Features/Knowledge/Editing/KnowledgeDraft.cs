namespace EngageBot.Features.Knowledge.Editing;

/// <summary>
/// A whole entry as the editor sends it (new or changed): titles, answers, sample questions, synonyms and everyday
/// words in both languages, related topic ids, and answers that take over from a future date. Every field is
/// replaced, except everyday words left out of the request altogether: an older client keeps the entry's own.
/// </summary>
public sealed record KnowledgeDraft(
    string? Id,
    string? TitleZh,
    string? TitleEn,
    string? AnswerZh,
    string? AnswerEn,
    IReadOnlyList<string>? QuestionsZh,
    IReadOnlyList<string>? QuestionsEn,
    IReadOnlyList<string>? SynonymsZh,
    IReadOnlyList<string>? SynonymsEn,
    IReadOnlyList<string>? Related,
    IReadOnlyList<ScheduledAnswerDraft>? Scheduled,
    IReadOnlyList<string>? EverydayZh = null,
    IReadOnlyList<string>? EverydayEn = null);

/// <summary>An answer that applies from <see cref="From"/> (which must lie in the future when saved).</summary>
public sealed record ScheduledAnswerDraft(DateTimeOffset? From, string? AnswerZh, string? AnswerEn);

/// <summary>An entry as the editor shows it: the answer in effect now, answers still to come, retired or not, who saved it.</summary>
public sealed record KnowledgeEntryDetail(
    string Id,
    string Kind,
    string TitleZh,
    string TitleEn,
    string AnswerZh,
    string AnswerEn,
    IReadOnlyList<string> QuestionsZh,
    IReadOnlyList<string> QuestionsEn,
    IReadOnlyList<string> SynonymsZh,
    IReadOnlyList<string> SynonymsEn,
    IReadOnlyList<string> EverydayZh,
    IReadOnlyList<string> EverydayEn,
    IReadOnlyList<string> Related,
    IReadOnlyList<ScheduledAnswerDraft> Scheduled,
    bool Retired,
    bool Added,
    string? EditedBy,
    DateTimeOffset? EditedAt);

/// <summary>
/// What to preview: a draft of entry <see cref="EntryId"/> (null: a new entry), or retiring it; and optionally a
/// question to try against the changed knowledge.
/// </summary>
public sealed record KnowledgePreviewRequest(string? EntryId, KnowledgeDraft? Draft, bool Retire, string? Text);

/// <summary>The evaluation set's score on the knowledge now and with the change, the lines whose outcome changed, and the tried question.</summary>
public sealed record KnowledgePreview(EvaluationScore Before, EvaluationScore After, IReadOnlyList<EvaluationChange> Changed, KnowledgeTryResult? Tried);

public sealed record EvaluationScore(int Correct, int Total, double Accuracy);

/// <summary>One evaluation line whose outcome the change flips (<see cref="Fixed"/>: now right, else now wrong).</summary>
public sealed record EvaluationChange(string Utterance, string Expected, string Before, string After, bool Fixed);

/// <summary>Add a question (an unanswered one, as staff worded it) to an entry's sample questions.</summary>
public sealed record SampleQuestionRequest(string? EntryId, string? Question, string? Language, IReadOnlyList<long>? Ids);

/// <summary>Mark unanswered questions handled: turned into <see cref="EntryId"/> (a new entry), or dismissed when null.</summary>
public sealed record UnansweredHandledRequest(IReadOnlyList<long>? Ids, string? EntryId);
