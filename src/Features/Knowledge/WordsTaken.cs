namespace EngageBot.Features.Knowledge;

/// <summary>
/// Words taken out of a normalised message to see what else it says ("nothing but thanks", "only the code", a question
/// without its context words): Chinese words wherever they stand, English words only whole. Pad the text with a space
/// at each end first.
/// </summary>
public static class WordsTaken
{
    /// <summary>How an English word is taken.</summary>
    public enum Latin
    {
        /// <summary>Only between two spaces, the spaces with it.</summary>
        Whole,

        /// <summary>As a whole word or with a plural/verb ending ("riders", "fired"), the ending with it.</summary>
        WithEndings,
    }

    /// <summary>What is left of <paramref name="normalized"/>, padded, once every one of <paramref name="words"/> is taken, in their order.</summary>
    public static string Rest(string normalized, IEnumerable<string> words, Latin latin = Latin.Whole)
    {
        var rest = " " + normalized + " ";
        foreach (var word in words)
        {
            rest = Take(rest, word, latin);
        }

        return rest;
    }

    /// <summary>Every place of <paramref name="word"/> blanked: anywhere for Chinese, as whole words for English.</summary>
    public static string Take(string rest, string word, Latin latin = Latin.Whole)
    {
        if (TextNormalizer.IsHan(word[0]))
        {
            return rest.Contains(word, StringComparison.Ordinal) ? rest.Replace(word, " ", StringComparison.Ordinal) : rest;
        }

        if (latin == Latin.WithEndings)
        {
            return TakeWithEndings(rest, word);
        }

        if (!HasPadded(rest, word))
        {
            return rest; // the common case, without building " word " for every English word of every list
        }

        var padded = " " + word + " ";

        while (rest.Contains(padded, StringComparison.Ordinal))
        {
            rest = rest.Replace(padded, "  ", StringComparison.Ordinal);
        }

        return rest;
    }

    /// <summary>True when <paramref name="rest"/> holds " <paramref name="word"/> " (the word between two spaces).</summary>
    private static bool HasPadded(string rest, string word)
    {
        for (var at = rest.IndexOf(word, 1, StringComparison.Ordinal); at > 0; at = rest.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if (rest[at - 1] == ' ' && end < rest.Length && rest[end] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every whole <paramref name="word"/>, with the letters that end it, blanked to one space.</summary>
    private static string TakeWithEndings(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at, StringComparison.Ordinal))
        {
            if (!WholeWord.LatinEdges(text, at, at + word.Length))
            {
                at += word.Length;
                continue;
            }

            var end = at + word.Length;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++; // the ending too ("riders", "fired")
            }

            text = string.Concat(text.AsSpan(0, at), " ", text.AsSpan(end));
        }

        return text;
    }
}
