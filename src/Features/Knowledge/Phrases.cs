namespace EngageBot.Features.Knowledge;

/// <summary>
/// Phrase lookup in normalized text: Han phrases match anywhere, Latin phrases only as whole words (with a plural or
/// verb ending: "withdraw" is in "withdrawing", not in "withdrawal"; a phrase ending in a space is a prefix).
/// </summary>
public static class Phrases
{
    public static bool Contains(string normalized, string[] phrases) => Find(normalized, phrases) is not null;

    /// <summary>The first of <paramref name="phrases"/> found in <paramref name="normalized"/>, or null.</summary>
    public static string? Find(string normalized, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Length > 0 && IndexOf(normalized, phrase) >= 0)
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>Where <paramref name="phrase"/> starts in <paramref name="normalized"/>, or -1.</summary>
    public static int IndexOf(string normalized, string phrase, int from = 0)
    {
        if (TextNormalizer.IsHan(phrase[0]))
        {
            return normalized.IndexOf(phrase, from, StringComparison.Ordinal);
        }

        for (var at = normalized.IndexOf(phrase, from, StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            if (phrase[^1] == ' ' ? at == 0 || !char.IsLetterOrDigit(normalized[at - 1]) : WholeWord.LatinEdges(normalized, at, at + phrase.Length))
            {
                return at;
            }
        }

        // "bake" in "baking": a verb ending in e drops it before -ing (found as the root followed by "ing", not a new string per phrase).
        if (phrase.Length > 3 && phrase[^1] == 'e')
        {
            var root = phrase.AsSpan(0, phrase.Length - 1);
            for (var at = IndexOfRoot(normalized, root, from); at >= 0; at = IndexOfRoot(normalized, root, at + 1))
            {
                if (normalized.AsSpan(at + root.Length).StartsWith("ing", StringComparison.Ordinal) && WholeWord.LatinEdges(normalized, at, at + root.Length + 3))
                {
                    return at;
                }
            }
        }

        return -1;
    }

    private static int IndexOfRoot(string text, ReadOnlySpan<char> root, int from)
    {
        var found = text.AsSpan(from).IndexOf(root, StringComparison.Ordinal);
        return found < 0 ? -1 : from + found;
    }
}
