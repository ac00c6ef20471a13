namespace EngageBot.Features.Knowledge;

/// <summary>
/// Whole-word phrase matching: a Chinese phrase must start and end on the segmenter's word boundaries (so 心理
/// is not found in 处理心理..., 领 not in 领导); a Latin phrase must start and end on word edges, allowing a
/// plural or verb ending ("claim" in "claims").
/// </summary>
public static class WholeWord
{
    private static readonly string[] Endings = ["s", "es", "ed", "ing", "d", "er", "ers"];

    public static bool Contains(string normalized, string phrase, bool latin, bool[] boundaries)
    {
        for (var at = normalized.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if (latin ? LatinEdges(normalized, at, end) : boundaries[at] && boundaries[end])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when text[start..end] is a whole Latin word or phrase: no letter before it, and after it the text ends,
    /// a non-letter follows, or a plural/verb ending does ("withdraw" in "withdrawing", not in "withdrawal").
    /// </summary>
    public static bool LatinEdges(string text, int start, int end)
    {
        if (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            return false;
        }

        if (end == text.Length || !char.IsLetterOrDigit(text[end]))
        {
            return true;
        }

        if (end - start <= 2)
        {
            return false; // a two-letter word with an ending is another word: "hi" is not in "his", nor "us" in "used"
        }

        foreach (var ending in Endings)
        {
            // a bare "d" ends only a word in e (used, saved): "car" is not in "card", nor "fun" in "fund"
            if (ending == "d" && text[end - 1] != 'e')
            {
                continue;
            }

            var after = end + ending.Length;
            if (string.CompareOrdinal(text, end, ending, 0, ending.Length) == 0 && (after == text.Length || !char.IsLetterOrDigit(text[after])))
            {
                return true;
            }
        }

        return false;
    }
}
