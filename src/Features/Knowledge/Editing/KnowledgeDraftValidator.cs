using System.Text.RegularExpressions;
using EngageBot.Core.Turns;

namespace EngageBot.Features.Knowledge.Editing;

/// <summary>
/// Checks a draft field by field (errors name the field and say what is needed) and builds the entry from it.
/// A club keeps its schedule, place and contact; a new entry is a topic.
/// </summary>
public static partial class KnowledgeDraftValidator
{
    public const int MaxTitleLength = 100;
    public const int MaxAnswerLength = 2000;
    public const int MaxPhrases = 50;
    public const int MaxPhraseLength = 200;
    public const int MaxScheduled = 5;

    public static (Dictionary<string, string[]> Errors, KnowledgeEntry? Entry) Build(KnowledgeDraft draft, string id, KnowledgeEntry? existing, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (existing is null && !IdPattern().IsMatch(id))
        {
            errors["id"] = ["id needs 2 to 48 lowercase letters, digits or '-', starting with a letter or digit (e.g. union-office)."];
        }

        Text(errors, "titleZh", draft.TitleZh, MaxTitleLength);
        Text(errors, "titleEn", draft.TitleEn, MaxTitleLength);
        Text(errors, "answerZh", draft.AnswerZh, MaxAnswerLength);
        Text(errors, "answerEn", draft.AnswerEn, MaxAnswerLength);
        Phrases(errors, "questionsZh", draft.QuestionsZh, required: true);
        Phrases(errors, "questionsEn", draft.QuestionsEn, required: true);
        Phrases(errors, "synonymsZh", draft.SynonymsZh, required: false);
        Phrases(errors, "synonymsEn", draft.SynonymsEn, required: false);
        Phrases(errors, "everydayZh", draft.EverydayZh, required: false);
        Phrases(errors, "everydayEn", draft.EverydayEn, required: false);
        if (draft.Related is { } related && (related.Count > 10 || related.Any(r => string.IsNullOrWhiteSpace(r) || r == id)))
        {
            errors["related"] = ["related needs at most 10 ids of other entries."];
        }

        var scheduled = draft.Scheduled ?? [];
        if (scheduled.Count > MaxScheduled || scheduled.Any(s => s.From is null || string.IsNullOrWhiteSpace(s.AnswerZh) || string.IsNullOrWhiteSpace(s.AnswerEn)
            || s.AnswerZh.Length > MaxAnswerLength || s.AnswerEn.Length > MaxAnswerLength))
        {
            errors["scheduled"] = [$"each dated answer needs a date and both answers (at most {MaxScheduled})."];
        }
        else if (scheduled.Any(s => s.From <= now))
        {
            // An answer for today or earlier is simply the answer: put it there instead.
            errors["scheduled"] = ["a dated answer must start in the future; for an answer that applies now, change the answer itself."];
        }

        if (errors.Count > 0)
        {
            return (errors, null);
        }

        var entry = new KnowledgeEntry
        {
            Id = id,
            Kind = existing?.Kind ?? KnowledgeKind.Topic,
            Club = existing?.Club,
            Title = new Localized(draft.TitleZh!.Trim(), draft.TitleEn!.Trim()),
            Answer = new Localized(draft.AnswerZh!.Trim(), draft.AnswerEn!.Trim()),
            Questions = new LocalizedList(Clean(draft.QuestionsZh), Clean(draft.QuestionsEn)),
            Synonyms = new LocalizedList(Clean(draft.SynonymsZh), Clean(draft.SynonymsEn)),
            Everyday = Everyday(draft, existing),
            Related = Clean(draft.Related),
            Scheduled = [.. scheduled.OrderBy(s => s.From).Select(s => new ScheduledAnswer(s.From!.Value, s.AnswerZh!.Trim(), s.AnswerEn!.Trim()))],
        };
        return (errors, entry);
    }

    /// <summary>The entry as a draft: the answer in effect at <paramref name="now"/>, and only the dated answers still to come.</summary>
    public static KnowledgeEntryDetail Detail(StoredKnowledgeEntry stored, DateTimeOffset now)
    {
        var entry = stored.Entry;
        var answer = entry.AnswerAt(now);
        return new KnowledgeEntryDetail(
            entry.Id, entry.Kind.ToString().ToLowerInvariant(), entry.Title.Zh, entry.Title.En, answer.Zh, answer.En,
            entry.Questions.Zh, entry.Questions.En, entry.Synonyms.Zh, entry.Synonyms.En, entry.Everyday.Zh, entry.Everyday.En, entry.Related,
            [.. entry.Scheduled.Where(s => s.From > now).Select(s => new ScheduledAnswerDraft(s.From, s.Zh, s.En))],
            stored.Retired, stored.Added, stored.UpdatedBy, stored.UpdatedBy is null ? null : stored.UpdatedAt);
    }

    /// <summary>Everyday words as sent; a client that leaves both out (one written before the field) keeps the entry's own.</summary>
    private static LocalizedList Everyday(KnowledgeDraft draft, KnowledgeEntry? existing) =>
        draft.EverydayZh is null && draft.EverydayEn is null && existing is not null
            ? existing.Everyday
            : new LocalizedList(Clean(draft.EverydayZh), Clean(draft.EverydayEn));

    public static List<string> Clean(IReadOnlyList<string>? phrases) =>
        phrases is null ? [] : [.. phrases.Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => q.Trim()).Distinct(StringComparer.Ordinal)];

    private static void Text(Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > max)
        {
            errors[field] = [$"{field} is needed, at most {max} characters."];
        }
    }

    private static void Phrases(Dictionary<string, string[]> errors, string field, IReadOnlyList<string>? value, bool required)
    {
        if ((required && Clean(value).Count == 0) || value is { Count: > MaxPhrases } || value?.Any(q => q is null || q.Length > MaxPhraseLength) == true)
        {
            errors[field] = [$"{field} needs {(required ? 1 : 0)} to {MaxPhrases} phrases of at most {MaxPhraseLength} characters."];
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,47}$")]
    private static partial Regex IdPattern();
}
