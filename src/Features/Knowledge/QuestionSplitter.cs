namespace EngageBot.Features.Knowledge;

/// <summary>
/// Splits a message into the sentences that may carry a question: at sentence ends always, at commas only in
/// long messages (a story told before the question), and before "另外/还有/顺便/also" which start a second question.
/// </summary>
public static class QuestionSplitter
{
    /// <summary>Messages longer than this are read clause by clause.</summary>
    public const int LongMessage = 28;

    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '；', ';', '\n'];
    private static readonly char[] Commas = ['，', ',', '、'];
    private static readonly string[] SecondQuestion = ["另外", "还有", "顺便问", "顺便", "再问", "以及", "also ", "and also", "another question", "plus "];

    /// <summary>True when <paramref name="sentence"/> opens with a word that starts a second question ("另外…", "also…").</summary>
    public static bool StartsSecond(string sentence) =>
        SecondQuestion.Any(word => sentence.StartsWith(word, StringComparison.OrdinalIgnoreCase) || sentence.StartsWith(word.TrimEnd(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The last comma clause of the last sentence ("…工会了，不知道能享受点啥" → "不知道能享受点啥"), or null when it has one clause.</summary>
    public static string? LastClause(string raw) =>
        Sentences(raw, clauses: false)[^1].Split(Commas, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is [_, .., var last] ? last : null;

    /// <summary>
    /// The sentences of <paramref name="raw"/> that have text, in order (one when it is a single sentence); with
    /// <paramref name="clauses"/>, a long message is cut at its commas too.
    /// </summary>
    public static IReadOnlyList<string> Sentences(string raw, bool clauses = true)
    {
        var marked = raw;
        foreach (var word in SecondQuestion)
        {
            marked = marked.Replace(word, "\n" + word, StringComparison.OrdinalIgnoreCase);
        }

        var parts = marked.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (clauses && raw.Length > LongMessage)
        {
            parts = [.. parts.SelectMany(p => p.Split(Commas, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        }

        return parts.Count == 0 ? [raw] : parts;
    }
}
