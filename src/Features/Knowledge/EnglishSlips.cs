namespace EngageBot.Features.Knowledge;

/// <summary>
/// Forgives typing slips in the knowledge base's own English words, as <see cref="HomophoneCorrector"/> does for pinyin
/// slips: "memebr", "insurence", "nursng", "wrokers", "cancle", "yogga" are written as the word they miss by one slip.
/// Not a spell checker: only the entries' naming words (synonyms, everyday words, titles) and the commands' words are
/// ever written in, for a word of five letters or more that no text of the bot knows (its questions and answers, the
/// out-of-scope subjects) and no English dictionary holds (english-words.txt), when exactly one such word is that slip away with the same first letter
/// (a slip rarely hits the first key, while a real word a letter from a known one often differs there: wealth/health).
/// The slips are those a thumb makes and a real word rarely is: a key hit twice (yogga), a letter left out inside a
/// word of six or more (nursng; not the last, which makes a plural or a tense), two neighbours swapped (memebr), or in a
/// word of seven or more a vowel for a vowel, a sound-alike (c/s/k/z) or a key's neighbour (insurence).
/// </summary>
public sealed class EnglishSlips
{
    private const int MinLength = 5;
    private const int MinDropped = 6;
    private const int MinChanged = 7;

    private static readonly string[] KeyRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    /// <summary>Everyday English (english-words.txt): a real word is the member's own, never a slip (employee, taking).</summary>
    private static readonly Lazy<HashSet<string>> Dictionary = new(() => new(EmbeddedList.Read("Knowledge/english-words.txt"), StringComparer.Ordinal));

    /// <summary>Whether <paramref name="word"/> is everyday English (english-words.txt or <see cref="OutOfScopeDetector.CommonEnglish"/>).</summary>
    public static bool IsWord(string word) => Dictionary.Value.Contains(word) || OutOfScopeDetector.CommonEnglish.Contains(word);

    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    /// <summary>Each word with one letter dropped, to the words it came from ("membr" → member).</summary>
    private readonly Dictionary<string, List<string>> _dropped = new(StringComparer.Ordinal);

    /// <param name="words">Texts whose English words may be written in.</param>
    /// <param name="known">Texts whose English words are left as they are (a real word is no slip); everyday English (<see cref="OutOfScopeDetector.CommonEnglish"/>) is always.</param>
    public EnglishSlips(IEnumerable<string> words, IEnumerable<string> known)
    {
        foreach (var word in words.SelectMany(Latin))
        {
            if (word.Length >= MinLength - 1 && _words.Add(word))
            {
                for (var i = 0; i < word.Length; i++)
                {
                    var dropped = word.Remove(i, 1);
                    (_dropped.TryGetValue(dropped, out var list) ? list : _dropped[dropped] = []).Add(word);
                }
            }
        }

        _known.UnionWith(known.SelectMany(Latin));
        _known.UnionWith(OutOfScopeDetector.CommonEnglish);
        _known.UnionWith(_words);
    }

    /// <summary><paramref name="normalized"/> (as <see cref="TextNormalizer"/> writes it) with its slipped words written right; the same string when none slipped.</summary>
    public string Correct(string normalized)
    {
        if (!normalized.Any(char.IsAsciiLetterLower))
        {
            return normalized;
        }

        var tokens = normalized.Split(' ');
        var changed = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (Slipped(tokens[i]) is { } word)
            {
                tokens[i] = word;
                changed = true;
            }
        }

        return changed ? string.Join(' ', tokens) : normalized;
    }

    /// <summary>The one word <paramref name="token"/> misses by a letter, or null.</summary>
    private string? Slipped(string token)
    {
        if (token.Length < MinLength || !token.All(char.IsAsciiLetterLower) || TextFeatures.IsStopWord(token) || _known.Contains(token) || _known.Contains(TextFeatures.Stem(token))
            || Dictionary.Value.Contains(token))
        {
            return null;
        }

        string? found = null;
        var many = false;
        void Consider(string word)
        {
            if (word[0] != token[0] || string.Equals(word, found, StringComparison.Ordinal) || TextFeatures.Stem(word) == TextFeatures.Stem(token))
            {
                return;
            }

            many |= found is not null;
            found = word;
        }

        // A key hit twice ("yogga", "insurrance"): the token with the doubled letter dropped is a word.
        for (var i = 1; i < token.Length; i++)
        {
            if (token[i] == token[i - 1] && _words.Contains(token.Remove(i, 1)))
            {
                Consider(token.Remove(i, 1));
            }
        }

        // A letter left out inside a longer word ("nursng", "membr"), not its last (alert/alerts, lesson/lessons).
        foreach (var word in _dropped.GetValueOrDefault(token) ?? [])
        {
            if (word.Length >= MinDropped && !token.AsSpan().SequenceEqual(word.AsSpan(0, word.Length - 1)))
            {
                Consider(word);
            }
        }

        // Two neighbours swapped ("memebr", "cancle").
        for (var i = 0; i + 1 < token.Length; i++)
        {
            if (token[i] != token[i + 1])
            {
                var swapped = string.Concat(token.AsSpan(0, i), token.AsSpan(i + 1, 1), token.AsSpan(i, 1), token.AsSpan(i + 2));
                if (_words.Contains(swapped))
                {
                    Consider(swapped);
                }
            }
        }

        // A letter changed for a like one in a longer word ("insurence", "servise"): dropped from both, one string.
        if (token.Length >= MinChanged)
        {
            for (var i = 0; i < token.Length; i++)
            {
                foreach (var word in _dropped.GetValueOrDefault(token.Remove(i, 1)) ?? [])
                {
                    if (word.Length == token.Length && word[i] != token[i] && Differs(word, token) == 1 && Alike(word[i], token[i]))
                    {
                        Consider(word);
                    }
                }
            }
        }

        return many ? null : found;
    }

    /// <summary>Two different letters a slip confuses: vowels, the sound-alikes c/s/k/z, or neighbours on a keyboard row.</summary>
    private static bool Alike(char a, char b) =>
        ("aeiou".Contains(a, StringComparison.Ordinal) && "aeiou".Contains(b, StringComparison.Ordinal))
        || ("cskz".Contains(a, StringComparison.Ordinal) && "cskz".Contains(b, StringComparison.Ordinal))
        || KeyRows.Any(row => row.IndexOf(a, StringComparison.Ordinal) is >= 0 and var at && row.IndexOf(b, StringComparison.Ordinal) is >= 0 and var other && Math.Abs(at - other) == 1);

    private static int Differs(string a, string b)
    {
        var count = 0;
        for (var i = 0; i < a.Length; i++)
        {
            count += a[i] == b[i] ? 0 : 1;
        }

        return count;
    }

    /// <summary>The Latin words of a text, lower case.</summary>
    private static IEnumerable<string> Latin(string text) =>
        TextNormalizer.Normalize(text).Split(' ').Where(w => w.Length > 0 && w.All(char.IsAsciiLetterLower));
}
