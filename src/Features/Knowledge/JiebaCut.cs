using System.Reflection;
using JiebaNet.Segmenter;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// jieba.NET's <c>Cut(text, cutAll: false, hmm: false)</c>, step for step, over jieba's own dictionary (its prefix table,
/// read by span): runs of <c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;._%·-]</c> are cut on the most probable path through the
/// words the dictionary knows (single ASCII letters and digits in a row joined), every other character alone ("\r\n"
/// together). Same arithmetic in the same order (log frequency minus log total plus the rest of the route, the first
/// strictly best end kept), so the same words: ChineseSegmenterTests holds it to jieba on the eval set, the knowledge
/// base and mixed text. The caller holds the segmenter's lock (jieba's dictionary changes only under it).
/// </summary>
internal sealed class JiebaCut
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _prefixes;

    private JiebaCut(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> prefixes) => _prefixes = prefixes;

    /// <summary>Null when jieba's prefix table is not the dictionary this reads (another jieba.NET version): jieba cuts then.</summary>
    public static JiebaCut? Create(JiebaSegmenter jieba)
    {
        _ = jieba; // the segmenter loads the dictionary; the table is the dictionary's
        var field = typeof(WordDictionary).GetField("Trie", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);
        return field?.GetValue(WordDictionary.Instance) is Dictionary<string, int> trie
            && trie.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup)
            ? new JiebaCut(lookup)
            : null;
    }

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
        var logTotal = Math.Log(WordDictionary.Instance.Total);
        var freq = n <= 128 ? stackalloc double[n + 1] : new double[n + 1];
        var next = n <= 128 ? stackalloc int[n + 1] : new int[n + 1];
        freq[n] = 0.0;
        for (var i = n - 1; i >= 0; i--)
        {
            var bestFreq = double.MinValue;
            var bestEnd = -1;
            var any = false;
            // The DAG's ends from i, in order: every prefix the table holds, a word when its frequency is above 0.
            for (var j = i; j < n && _prefixes.TryGetValue(sentence[i..(j + 1)], out var count); j++)
            {
                if (count > 0)
                {
                    any = true;
                    var candidate = Math.Log(count) - logTotal + freq[j + 1];
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
                var candidate = Math.Log(1) - logTotal + freq[i + 1];
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
}
