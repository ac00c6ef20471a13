namespace EngageBot.Features.Knowledge;

/// <summary>
/// Who the member is (骑手, 快递员, 网约车司机) and what happened to them (被辞退, 不给补偿) tell a question's context,
/// not what it asks: "送外卖的能入工会吗" asks about joining, "被辞退了…去仲裁要准备啥" about arbitration. When such a
/// word alone names the leader (or a close runner-up) and the rest of the message names another, that one is what was
/// asked and leads; those named by context alone fall behind it (<c>context-words.txt</c>).
/// </summary>
public static class ContextWords
{
    /// <summary>The runner-up must score at least this share of the leader to take its place.</summary>
    private const double Near = 0.4;

    /// <summary>Entries named by context alone fall to this share of the one asked about, so that one is answered.</summary>
    private const double Behind = 0.6;

    /// <summary>Fewer characters than this left once the context is out is no question to read on its own.</summary>
    private const int LeastLeft = 2;

    private static readonly Lazy<string[]> Words = new(() =>
        [.. EmbeddedList.Read("Knowledge/context-words.txt")
            .SelectMany(line => line.Split(','))
            .Select(w => TextNormalizer.Normalize(w.Trim()))
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(w => w.Length)]);

    /// <summary>
    /// <paramref name="candidates"/> with the entry the rest of the message names first, when the leader was named by
    /// context alone; <paramref name="search"/> ranks the message without its context words.
    /// </summary>
    public static IReadOnlyList<ScoredEntry> AskedFirst(IReadOnlyList<ScoredEntry> candidates, string normalized, Func<string, IReadOnlyList<ScoredEntry>> search)
    {
        if (candidates is not [var top, _, ..] || Without(normalized) is not { } rest)
        {
            return candidates;
        }

        var ranked = search(rest);
        if (ranked is not [{ Evidence: > 0 } asked, ..]
            || candidates.FirstOrDefault(c => c.Entry.Id == asked.Entry.Id && c.Score >= top.Score * Near) is not { } named)
        {
            return candidates;
        }

        // Named by context alone: a word of its own in the message, none once the context is out.
        bool ByContext(ScoredEntry c) => c.Evidence > 0 && !ranked.Any(r => r.Entry.Id == c.Entry.Id && r.Evidence > 0);
        var passed = candidates.Where(c => c != named && ByContext(c) && c.Score > top.Score * Behind).ToList();
        if ((top != named && !passed.Contains(top)) || passed.Count == 0)
        {
            return candidates;
        }

        return Promoted.Lead(candidates, named, top.Score, Math.Max(named.Evidence, asked.Evidence), passed.Contains, Behind);
    }

    /// <summary>The message with its context words blanked out (English ones with their endings); null when it has none or too little is left.</summary>
    private static string? Without(string normalized)
    {
        var text = WordsTaken.Rest(normalized, Words.Value, WordsTaken.Latin.WithEndings)[1..^1];
        return text == normalized || text.Count(char.IsLetterOrDigit) < LeastLeft ? null : text;
    }
}
