using System.Text;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// A term typed in pinyin without choosing its characters (huzhu baozhang, huiyuanka, xinli zixun): a run of Latin words
/// that splits wholly into pinyin syllables and reads like exactly one of the terms is written as the term. Only whole
/// words of two syllables or more (he can, ping an are English or a name), no everyday English word (english-words.txt)
/// and no name the subject and owner lists read in Latin (didi, taobao, pingan), so English stays English.
/// </summary>
public sealed partial class HomophoneCorrector
{
    /// <summary>Syllables of a typed term at most, as <see cref="MaxLength"/> caps the terms themselves.</summary>
    private const int MaxSyllables = MaxLength;

    /// <summary>Latin words the out-of-scope subjects and other owners are named by: read as written.</summary>
    private static readonly Lazy<HashSet<string>> Names = new(() =>
        [.. OutOfScopeDetector.SubjectPhrases.Concat(OtherMatters.Names).SelectMany(p => p.Split(' ')).Where(w => w.Length > 0 && w.All(char.IsAsciiLetterLower))]);

    /// <summary><paramref name="normalized"/> with terms typed in pinyin written in characters (the same string when none).</summary>
    public string Spelled(string normalized)
    {
        if (!normalized.Any(char.IsAsciiLetterLower))
        {
            return normalized;
        }

        var words = normalized.Split(' ');
        var syllables = words.Select(Syllables).ToArray();
        StringBuilder? spelled = null;
        for (var i = 0; i < words.Length;)
        {
            var span = Term(words, syllables, i);
            if (span is var (term, count))
            {
                spelled ??= new StringBuilder(string.Join(' ', words.Take(i)));
                spelled.Append(spelled.Length > 0 ? " " : string.Empty).Append(term);
                i += count;
            }
            else
            {
                spelled?.Append(spelled.Length > 0 ? " " : string.Empty).Append(words[i]);
                i++;
            }
        }

        return spelled?.ToString() ?? normalized;
    }

    /// <summary>The longest run of words from <paramref name="start"/> that reads as one term, with its word count.</summary>
    private (string Term, int Words)? Term(string[] words, IReadOnlyList<string>?[] syllables, int start)
    {
        var read = new List<string>();
        var found = ((string, int)?)null;
        for (var end = start; end < words.Length && syllables[end] is { } typed && read.Count + typed.Count <= MaxSyllables; end++)
        {
            read.AddRange(typed);
            if (_byReading.TryGetValue(string.Concat(read.Select(s => s + " ")), out var terms) && terms.Distinct().Count() == 1)
            {
                found = (terms[0], end - start + 1);
            }
        }

        return found;
    }

    /// <summary>A word's folded pinyin syllables, fewest first; null when it is no pinyin of two syllables or more, or an English word or a name.</summary>
    private static IReadOnlyList<string>? Syllables(string word)
    {
        if (word.Length == 0 || !word.All(char.IsAsciiLetterLower) || EnglishSlips.IsWord(word) || Names.Value.Contains(word))
        {
            return null;
        }

        // fewest syllables that cover the word: xinli is xin li, not xi n li
        var best = new List<string>?[word.Length + 1];
        best[0] = [];
        for (var at = 0; at < word.Length; at++)
        {
            if (best[at] is not { } before)
            {
                continue;
            }

            for (var length = 1; length <= 6 && at + length <= word.Length; length++)
            {
                var syllable = word.AsSpan(at, length);
                if (PinyinTable.IsSyllable(syllable) && (best[at + length] is null || best[at + length]!.Count > before.Count + 1))
                {
                    best[at + length] = [.. before, PinyinTable.Fold(Umlaut(syllable.ToString()))];
                }
            }
        }

        return best[word.Length] is { Count: >= 2 } syllables ? syllables : null;
    }

    /// <summary>lv, nve typed for lü, nüe read as the table writes them (lu, nue).</summary>
    private static string Umlaut(string syllable) =>
        syllable.Length > 1 && syllable[0] is 'l' or 'n' && syllable[1] == 'v' ? syllable[0] + "u" + syllable[2..] : syllable;
}
