using System.Reflection;
using JiebaNet.Segmenter;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Chinese word segmentation with jieba.NET: its dictionary (copied to <c>jieba/</c> in the output by the
/// csproj) plus the union lexicon (<c>union-lexicon.txt</c>) and every knowledge-base term as user words.
/// jieba keeps one process-wide dictionary that is not safe to change while it cuts, so both go under one lock.
/// The cut itself is <see cref="JiebaCut"/>: jieba's own accurate mode without HMM over jieba's dictionary, read by span
/// (jieba's builds a substring per prefix tried, a dictionary per sentence and two regex splits: ~3 % of a turn's CPU).
/// </summary>
public static class ChineseSegmenter
{
    /// <summary>Frequency given to user words: high enough that "互助保障" stays one word.</summary>
    private const int UserWordFrequency = 3000;

    private static readonly Lock Gate = new();
    private static readonly Lazy<JiebaSegmenter> Jieba = new(Create);
    private static readonly HashSet<string> Added = new(StringComparer.Ordinal);
    private static readonly Lazy<List<string>> Lexicon = new(UnionLexicon);
    private static readonly Lazy<JiebaCut?> Fast = new(() => JiebaCut.Create(Jieba.Value));
    private static int _generation;

    /// <summary>The union lexicon's words (union-lexicon.txt).</summary>
    public static IReadOnlyList<string> UnionWords => Lexicon.Value;

    /// <summary>The tokens of <paramref name="text"/> in order; together they spell the text again.</summary>
    public static IReadOnlyList<string> Cut(string text)
    {
        var jieba = Jieba.Value;
        lock (Gate)
        {
            return Fast.Value is { } fast ? fast.Cut(text) : [.. jieba.Cut(text, cutAll: false, hmm: false)];
        }
    }

    /// <summary>jieba's own cut (accurate mode, no HMM), for the tests that hold <see cref="Cut"/> to it.</summary>
    public static IReadOnlyList<string> CutByJieba(string text)
    {
        var jieba = Jieba.Value;
        lock (Gate)
        {
            return [.. jieba.Cut(text, cutAll: false, hmm: false)];
        }
    }

    /// <summary>Whether <see cref="Cut"/> runs <see cref="JiebaCut"/> (false only if jieba's dictionary could not be read by span).</summary>
    public static bool CutsBySpan => Fast.Value is not null;

    /// <summary>Where words start and end in <paramref name="text"/>: index i is true when a word boundary falls before character i.</summary>
    public static bool[] Boundaries(string text, IReadOnlyList<string> tokens)
    {
        var boundaries = new bool[text.Length + 1];
        var at = 0;
        foreach (var token in tokens)
        {
            boundaries[Math.Min(at, text.Length)] = true;
            at += token.Length;
        }

        if (at != text.Length)
        {
            Array.Fill(boundaries, true); // the tokens do not spell the text: treat every position as a boundary
        }

        boundaries[text.Length] = true;
        return boundaries;
    }

    /// <summary>Changes whenever <see cref="AddWords"/> adds a word: a cut made before may differ from one made now (<see cref="RecognitionCache"/>).</summary>
    public static int Generation => Volatile.Read(ref _generation);

    /// <summary>Adds words (knowledge-base terms) to the dictionary; words already there are skipped.</summary>
    public static void AddWords(IEnumerable<string> words)
    {
        var jieba = Jieba.Value;
        lock (Gate)
        {
            foreach (var word in words)
            {
                if (word.Length > 1 && word.All(TextNormalizer.IsHan) && Added.Add(word))
                {
                    jieba.AddWord(word, UserWordFrequency);
                    Interlocked.Increment(ref _generation);
                }
            }
        }
    }

    /// <summary>How often jieba's dictionary has seen <paramref name="word"/> (0 when it is not a word there).</summary>
    public static int Frequency(string word)
    {
        _ = Jieba.Value;
        lock (Gate)
        {
            return WordDictionary.Instance.GetFreqOrDefault(word);
        }
    }

    private static JiebaSegmenter Create()
    {
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "jieba");
        var jieba = new JiebaSegmenter();
        foreach (var word in Lexicon.Value)
        {
            if (Added.Add(word))
            {
                jieba.AddWord(word, UserWordFrequency);
            }
        }

        return jieba;
    }

    private static List<string> UnionLexicon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Knowledge/union-lexicon.txt")
            ?? throw new InvalidOperationException("The union lexicon is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 1 && !word.StartsWith('#'))
            {
                words.Add(word);
            }
        }

        return words;
    }
}
