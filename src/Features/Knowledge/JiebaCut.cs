namespace EngageBot.Features.Knowledge;

/// <summary>
/// jieba.NET's <c>Cut(text, cutAll: false, hmm: false)</c>, step for step, over jieba's prefix table (a <see cref="WordTable"/>
/// read from jieba's dictionary file, by span) and an optional overlay of words added to it: runs of <c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;._%·-]</c> are cut
/// on the most probable path through the words the dictionary knows (single ASCII letters and digits in a row joined),
/// every other character alone ("\r\n" together). Same arithmetic in the same order (log frequency minus log total plus
/// the rest of the route, the first strictly best end kept), so the same words: ChineseSegmenterTests holds it to jieba
/// on the eval set, the knowledge base and mixed text, and the overlay to jieba with the same words added.
/// Nothing here writes to a table after it is built, so cuts need no lock.
/// </summary>
internal sealed class JiebaCut
{
    private readonly WordTable _prefixes;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>? _added;
    private readonly double _total;
    private readonly double _logTotal;

    private JiebaCut(WordTable prefixes, Dictionary<string, int>? added, double total)
    {
        _prefixes = prefixes;
        _added = added?.GetAlternateLookup<ReadOnlySpan<char>>();
        _total = total;
        _logTotal = Math.Log(total);
    }

    /// <summary>A cut over jieba's prefix table.</summary>
    public static JiebaCut Over(WordTable table) => new(table, null, table.Total);

    /// <summary>The sum of the dictionary's frequencies, the overlay's included.</summary>
    public double Total => _total;

    /// <summary>
    /// This cut with <paramref name="words"/> added at <paramref name="frequency"/> as jieba's <c>AddWord</c> adds them
    /// (a word's old frequency leaves the total, the new one joins it, its prefixes become known), in an overlay of
    /// their own: the table under it stays as it is.
    /// </summary>
    public JiebaCut With(IEnumerable<string> words, int frequency)
    {
        var added = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = _total;
        foreach (var word in words)
        {
            if (Count(word) is var old && old > 0)
            {
                total -= old;
            }

            added[word] = frequency;
            total += frequency;
            for (var i = 1; i < word.Length; i++)
            {
                if (!TryPrefix(word.AsSpan(0, i), out _))
                {
                    added[word[..i]] = 0;
                }
            }
        }

        return new JiebaCut(_prefixes, added, total);
    }

    /// <summary>The words of the overlay (not their prefixes).</summary>
    public IEnumerable<string> Added => _added is { } added ? added.Dictionary.Where(w => w.Value > 0).Select(w => w.Key) : [];

    /// <summary>jieba's <c>GetFreqOrDefault</c>: the word's frequency, or 1 when it is no word here.</summary>
    public int Frequency(string word) => Count(word) is var count && count > 0 ? count : 1;

    /// <summary>Whether jieba's dictionary tags the word a noun (<see cref="WordTable.IsNoun"/>); the overlay's words carry no tag.</summary>
    public bool IsNoun(string word) => _prefixes.IsNoun(word);

    private int Count(ReadOnlySpan<char> word) => TryPrefix(word, out var count) ? count : 0;

    public List<string> Cut(string text)
    {
        var words = new List<string>();
        var at = 0;
        while (at < text.Length)
        {
            if (IsBlockChar(text[at]))
            {
                var end = at + 1;
                while (end < text.Length && IsBlockChar(text[end]))
                {
                    end++;
                }

                CutBlock(text, at, end - at, words);
                at = end;
            }
            else
            {
                var length = text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1;
                words.Add(text.Substring(at, length));
                at += length;
            }
        }

        return words;
    }

    /// <summary>jieba's <c>RegexChineseDefault</c> class.</summary>
    private static bool IsBlockChar(char c) =>
        c is (>= '\u4E00' and <= '\u9FD5') or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '+' or '#' or '&' or '.' or '_' or '%' or '·' or '-';

    private static bool IsEnglishChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    /// <summary>jieba's <c>GetDag</c>, <c>Calc</c> and <c>CutDagWithoutHmm</c> on text[start..start+n].</summary>
    private void CutBlock(string text, int start, int n, List<string> words)
    {
        var sentence = text.AsSpan(start, n);
        var freq = n <= 128 ? stackalloc double[n + 1] : new double[n + 1];
        var next = n <= 128 ? stackalloc int[n + 1] : new int[n + 1];
        freq[n] = 0.0;
        for (var i = n - 1; i >= 0; i--)
        {
            var bestFreq = double.MinValue;
            var bestEnd = -1;
            var any = false;
            // The DAG's ends from i, in order: every prefix the table holds, a word when its frequency is above 0.
            for (var j = i; j < n && TryPrefix(sentence[i..(j + 1)], out var count); j++)
            {
                if (count > 0)
                {
                    any = true;
                    var candidate = Math.Log(count) - _logTotal + freq[j + 1];
                    if (bestFreq < candidate)
                    {
                        bestFreq = candidate;
                        bestEnd = j;
                    }
                }
            }

            if (!any)
            {
                // Not a word: itself alone, at jieba's default frequency of 1.
                var candidate = Math.Log(1) - _logTotal + freq[i + 1];
                if (bestFreq < candidate)
                {
                    bestFreq = candidate;
                    bestEnd = i;
                }
            }

            freq[i] = bestFreq;
            next[i] = bestEnd;
        }

        // Single ASCII letters and digits in a row become one word, as jieba's buffer does.
        var bufferStart = -1;
        for (var x = 0; x < n;)
        {
            var y = next[x] + 1;
            if (y - x == 1 && IsEnglishChar(sentence[x]))
            {
                bufferStart = bufferStart < 0 ? x : bufferStart;
            }
            else
            {
                if (bufferStart >= 0)
                {
                    words.Add(text.Substring(start + bufferStart, x - bufferStart));
                    bufferStart = -1;
                }

                words.Add(text.Substring(start + x, y - x));
            }

            x = y;
        }

        if (bufferStart >= 0)
        {
            words.Add(text.Substring(start + bufferStart, n - bufferStart));
        }
    }

    /// <summary>Whether the overlay or the table holds <paramref name="prefix"/> (as a word or a word's beginning), and its count.</summary>
    private bool TryPrefix(ReadOnlySpan<char> prefix, out int count) =>
        (_added is { } added && added.TryGetValue(prefix, out count)) || _prefixes.TryGetValue(prefix, out count);
}
