using System.Reflection;
using JiebaNet.Segmenter;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Chinese word segmentation with jieba.NET: its dictionary (copied to <c>jieba/</c> in the output by the csproj) plus
/// the union lexicon (<c>union-lexicon.txt</c>) make <see cref="Base"/>, loaded once and never changed after; each
/// knowledge index cuts with <see cref="With"/> its own terms laid over it. jieba keeps one process-wide dictionary, so
/// adding an index's terms to it would change every other index's cuts (an editor's trial index, a replaced snapshot,
/// a test's knowledge base) and keep removed terms until restart; the overlay keeps each index's words its own, and a
/// dictionary nobody writes needs no lock. The cut itself is <see cref="JiebaCut"/>: jieba's accurate mode without HMM.
/// </summary>
public sealed class ChineseSegmenter
{
    /// <summary>Frequency given to user words: high enough that "互助保障" stays one word.</summary>
    private const int UserWordFrequency = 3000;

    private static readonly Lazy<List<string>> Lexicon = new(UnionLexicon);
    private static readonly Lazy<ChineseSegmenter> Loaded = new(() => new(JiebaCut.Over(
        WordTable.Load(Path.Combine(JiebaFolder, "dict.txt"), Lexicon.Value.Distinct(StringComparer.Ordinal), UserWordFrequency))));
    private static readonly Lazy<JiebaSegmenter> Jieba = new(LoadJieba);
    private static readonly Lock JiebaGate = new();

    private readonly JiebaCut _cut;

    private ChineseSegmenter(JiebaCut cut) => _cut = cut;

    /// <summary>jieba's dictionary and the union lexicon, without any knowledge base's terms.</summary>
    public static ChineseSegmenter Base => Loaded.Value;

    /// <summary>The union lexicon's words (union-lexicon.txt).</summary>
    public static IReadOnlyList<string> UnionWords => Lexicon.Value;

    /// <summary>
    /// This dictionary with <paramref name="words"/> (a knowledge base's terms) added as jieba's <c>AddWord</c> would add
    /// them, at <see cref="UserWordFrequency"/>: Chinese words of two or more characters not already the lexicon's.
    /// </summary>
    public ChineseSegmenter With(IEnumerable<string> words)
    {
        var lexicon = new HashSet<string>(UnionWords, StringComparer.Ordinal);
        return new(_cut.With(words.Where(w => w.Length > 1 && w.All(TextNormalizer.IsHan) && !lexicon.Contains(w)), UserWordFrequency));
    }

    /// <summary>The dictionary's total frequency (jieba's <c>Total</c>), for the tests.</summary>
    internal double Total => _cut.Total;

    /// <summary>The words <see cref="With"/> laid over <see cref="Base"/> (none for the base itself).</summary>
    internal IEnumerable<string> Added => _cut.Added;

    /// <summary>
    /// The last cut on this thread: one message is cut two or three times over (the corrector, the index's search, the
    /// out-of-scope reading cut the same normalised text), and the same text over the same dictionary cuts the same.
    /// </summary>
    [ThreadStatic]
    private static (ChineseSegmenter Segmenter, string Text, IReadOnlyList<string> Tokens) _last;

    /// <summary>The tokens of <paramref name="text"/> in order; together they spell the text again.</summary>
    public IReadOnlyList<string> Cut(string text)
    {
        var last = _last;
        if (ReferenceEquals(last.Segmenter, this) && string.Equals(last.Text, text, StringComparison.Ordinal))
        {
            return last.Tokens;
        }

        IReadOnlyList<string> tokens = _cut.Cut(text).AsReadOnly();
        _last = (this, text, tokens);
        return tokens;
    }

    /// <summary>How often the dictionary has seen <paramref name="word"/> (1 when it is not a word there, as jieba says).</summary>
    public int Frequency(string word) => _cut.Frequency(word);

    /// <summary>Whether jieba's dictionary tags <paramref name="word"/> a noun, an abbreviation or a set phrase (肩膀, 协议, 交警), not a pronoun, time, verb or adverb (那种, 下个月, 琢磨).</summary>
    public bool IsNoun(string word) => _cut.IsNoun(word);

    /// <summary>jieba's own cut over its dictionary with the union lexicon, for the tests that hold <see cref="Cut"/> to it.</summary>
    public static IReadOnlyList<string> CutByJieba(string text)
    {
        var jieba = Jieba.Value;
        lock (JiebaGate)
        {
            return [.. jieba.Cut(text, cutAll: false, hmm: false)];
        }
    }

    /// <summary>Where words start and end in <paramref name="text"/>: index i is true when a word boundary falls before character i.</summary>
    public static bool[] Boundaries(string text, IReadOnlyList<string> tokens)
    {
        var boundaries = new bool[text.Length + 1];
        var at = 0;
        foreach (var token in tokens)
        {
            boundaries[Math.Min(at, text.Length)] = true;
            if (GroupWord(token))
            {
                boundaries[Math.Min(at + token.Length - 1, text.Length)] = true;
            }

            at += token.Length;
        }

        if (at != text.Length)
        {
            Array.Fill(boundaries, true); // the tokens do not spell the text: treat every position as a boundary
        }

        boundaries[text.Length] = true;
        return boundaries;
    }

    /// <summary>Characters that make a pastime a group: 舞蹈社, 舞蹈团, 合唱队 (a 班 is a class, often someone else's: 游泳培训班).</summary>
    private const string GroupChars = "社团队";

    /// <summary>
    /// A word cut whole with its group character (舞蹈社, 舞蹈团): the pastime before it is a word of its own too, so a
    /// club's word (舞蹈) is found in its group's name as it is in 舞蹈俱乐部. Two characters (上班, 报社) stay whole.
    /// </summary>
    private static bool GroupWord(string token) =>
        token.Length is 3 or 4 && GroupChars.Contains(token[^1], StringComparison.Ordinal) && token.All(TextNormalizer.IsHan);

    private static string JiebaFolder => Path.Combine(AppContext.BaseDirectory, "jieba");

    /// <summary>
    /// jieba itself with the union lexicon added, for the tests that hold <see cref="Cut"/> to it: the service reads
    /// jieba's dictionary file into a <see cref="WordTable"/> and never loads jieba's own (a dictionary of ~600,000
    /// strings) nor its HMM model.
    /// </summary>
    private static JiebaSegmenter LoadJieba()
    {
        ConfigManager.ConfigFileBaseDir = JiebaFolder;
        var jieba = new JiebaSegmenter();
        foreach (var word in Lexicon.Value.Distinct(StringComparer.Ordinal))
        {
            jieba.AddWord(word, UserWordFrequency);
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
