namespace EngageBot.Features.Knowledge;

/// <summary>
/// Splits a message into the sentences that may carry a question: at sentence ends always, at commas only in
/// long messages (a story told before the question; on request at a space between Chinese characters too), and before
/// "另外/还有/顺便/also" or an English "and how/what…", which start a second question.
/// </summary>
public static class QuestionSplitter
{
    /// <summary>Messages longer than this are read clause by clause.</summary>
    public const int LongMessage = 28;

    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '；', ';', '\n'];
    private static readonly char[] Commas = ['，', ',', '、'];
    private static readonly string[] SecondQuestion = ["另外", "还有", "顺便问", "顺便", "再问", "以及", "also ", "and also", "another question", "plus "];

    /// <summary>
    /// "how do I join the union and what do members get": "and" before a question word starts a second question in
    /// English, where chat leaves out the comma. Only as a word of its own (after a space), so "husband how" is no "and how".
    /// </summary>
    private static readonly string[] AndQuestion = ["and what ", "and how ", "and where ", "and when ", "and who ", "and which ", "and is there ", "and are there ", "and can i ", "and do i ", "and do you ", "and does ", "and is it "];

    /// <summary>True when <paramref name="sentence"/> opens with a word that starts a second question ("另外…", "also…", "and how…").</summary>
    public static bool StartsSecond(string sentence) =>
        SecondQuestion.Any(word => sentence.StartsWith(word, StringComparison.OrdinalIgnoreCase) || sentence.StartsWith(word.TrimEnd(), StringComparison.OrdinalIgnoreCase))
        || AndQuestion.Any(word => sentence.StartsWith(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The clauses of a short message of one sentence, cut at its commas and spoken pauses ("书法俱乐部怎么加入，摄影俱乐部
    /// 有外拍吗", "会员卡有什么用 怎么办一张"); one clause when it has none.
    /// </summary>
    public static string[] Clauses(string raw) =>
        Pauses(raw).Split(Commas, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Voice input and phone typing leave a space where a comma would be ("老板三个月没发工资了怎么办啊 说是公司资金周转不开"):
    /// a space between two Chinese characters is a pause, written as a comma. Spaces beside Latin words stay.
    /// </summary>
    private static string Pauses(string raw)
    {
        if (!raw.Contains(' ', StringComparison.Ordinal) && !raw.Contains('\u3000', StringComparison.Ordinal))
        {
            return raw;
        }

        var text = raw.ToCharArray();
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] is ' ' or '\u3000' && TextNormalizer.IsHan(text[i - 1]))
            {
                var next = i + 1;
                while (next < text.Length && text[next] is ' ' or '\u3000')
                {
                    next++;
                }

                if (next < text.Length && TextNormalizer.IsHan(text[next]))
                {
                    text[i] = '，';
                }
            }
        }

        return new string(text);
    }

    /// <summary>The last comma clause of the last sentence ("…工会了，不知道能享受点啥" → "不知道能享受点啥"), or null when it has one clause.</summary>
    public static string? LastClause(string raw) =>
        Sentences(raw, clauses: false)[^1].Split(Commas, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is [_, .., var last] ? last : null;

    /// <summary>
    /// The sentences of <paramref name="raw"/> that have text, in order (one when it is a single sentence); with
    /// <paramref name="clauses"/>, a long message is cut at its commas too, and with <paramref name="pauses"/> at its spoken
    /// pauses as well (kept apart: a story's asked part is read at commas, where a pause may fall inside a question).
    /// </summary>
    public static IReadOnlyList<string> Sentences(string raw, bool clauses = true, bool pauses = false)
    {
        var marked = raw;
        foreach (var word in SecondQuestion)
        {
            marked = marked.Replace(word, "\n" + word, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var word in AndQuestion)
        {
            marked = marked.Replace(" " + word, "\n" + word, StringComparison.OrdinalIgnoreCase);
        }

        var parts = marked.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (clauses && raw.Length > LongMessage)
        {
            parts = [.. parts.SelectMany(p => (pauses ? Pauses(p) : p).Split(Commas, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        }

        return parts.Count == 0 ? [raw] : parts;
    }
}
