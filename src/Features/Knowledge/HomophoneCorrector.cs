using System.Text;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Forgives pinyin typing slips in the knowledge base's own terms (太级拳 → 太极拳, 鱼伽 → 瑜伽, 互主保障 → 互助保障,
/// 心理咨循 → 心理咨询, 网秋 → 网球): a span that reads like a term (see <see cref="PinyinTable"/>), differs from it
/// in one character (two in terms of five or more) and is no <see cref="RealWord">real word</see> of its own is replaced
/// by the term.
/// Not a spell checker: only the terms it is built from are ever written in.
/// </summary>
public sealed partial class HomophoneCorrector
{
    private const int MinLength = 2;
    private const int MaxLength = 6;

    /// <summary>
    /// A real word is one jieba's dictionary has seen at least this often (复利, 大饼, 保鲜, 先机, 心里): a pinyin keyboard
    /// offers words by frequency, so a member who meant a term rarely ends up with a different real word, and one who
    /// writes it may well mean it. Below this, the dictionary's entries are mostly fragments and rare compounds (可于, 先排).
    /// </summary>
    public const int RealWordFrequency = 20;

    /// <summary>A word the segmenter cuts across a span's edge that jieba knows this often is the member's own (员工上 holds no 工伤).</summary>
    private const int OwnWordFrequency = 150;

    /// <summary>Grammar characters at a span's edge are read as grammar, not as a slip (活动是 is not 活动室, 签到吗 not 签到码).</summary>
    private static readonly HashSet<char> Function = [.. "的了吗呢吧啊么是在有我你他她它们这那个就也都和与或被把给让还很又再才只吧呀嘛"];

    /// <summary>
    /// An action's own verb, written as itself, is no slip: 别给我退了 ("don't withdraw me") must not become 别给我推了
    /// ("stop pushing me notices"), a slip that would turn one action into another.
    /// </summary>
    private static readonly HashSet<char> ActionVerbs = [.. "报退签订"];

    /// <summary>Longest reading key of a span: <see cref="MaxLength"/> syllables of up to 6 letters, each with its space.</summary>
    private const int MaxKey = MaxLength * 8;

    private readonly Dictionary<string, List<string>> _byReading = new(StringComparer.Ordinal);
    private readonly HashSet<string> _terms = new(StringComparer.Ordinal);
    private readonly ChineseSegmenter _segmenter;
    // Every span of every question is looked up (~5 per character): by span, so none becomes a string unless it slipped.
    private readonly Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> _byReadingSpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _termSpans;

    public HomophoneCorrector(IEnumerable<string> terms, ChineseSegmenter segmenter)
    {
        _segmenter = segmenter;
        foreach (var term in terms)
        {
            if (term.Length is >= MinLength and <= MaxLength && term.All(TextNormalizer.IsHan) && _terms.Add(term))
            {
                foreach (var reading in Readings(term))
                {
                    if (!_byReading.TryGetValue(reading, out var list))
                    {
                        _byReading[reading] = list = [];
                    }

                    list.Add(term);
                }
            }
        }

        _byReadingSpan = _byReading.GetAlternateLookup<ReadOnlySpan<char>>();
        _termSpans = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Whether <paramref name="span"/> is a real word (see <see cref="RealWordFrequency"/>): written as meant, never
    /// corrected into a term it sounds like, and never counted as a slip to correct (the slip report sets such cases aside).
    /// </summary>
    public static bool RealWord(ChineseSegmenter segmenter, string span) => segmenter.Frequency(span) >= RealWordFrequency || Grades.Contains(span);

    /// <summary>
    /// The grades of a card (<see cref="OtherMatters.CardGrades"/>): written on purpose though jieba's dictionary lacks them.
    /// 金卡 sounds like the union's 京卡 but is a bank's, an airline's or an app's gold tier (滴滴的金卡会员, 这家银行的白金卡).
    /// </summary>
    private static readonly HashSet<string> Grades = new(OtherMatters.CardGrades, StringComparer.Ordinal);

    /// <summary><paramref name="normalized"/> with slipped terms written correctly (the same string when none).</summary>
    public string Correct(string normalized)
    {
        StringBuilder? corrected = null;
        IReadOnlyList<string>? tokens = null;
        var copied = 0;
        for (var i = 0; i < normalized.Length;)
        {
            var replaced = false;
            for (var n = Math.Min(MaxLength, HanRun(normalized, i)); n >= MinLength && !replaced; n--)
            {
                var window = normalized.AsSpan(i, n);
                if (_termSpans.Contains(window))
                {
                    i += n;
                    replaced = true;
                }
                else if (Slip(window) is { } term
                    && Aligned(tokens ??= _segmenter.Cut(normalized), i, n))
                {
                    corrected ??= new StringBuilder(normalized.Length);
                    corrected.Append(normalized, copied, i - copied).Append(term);
                    i += n;
                    copied = i;
                    replaced = true;
                }
            }

            if (!replaced)
            {
                i++;
            }
        }

        return corrected is null ? normalized : corrected.Append(normalized, copied, normalized.Length - copied).ToString();
    }

    /// <summary>
    /// A slip is a word of its own: the span must not start or end inside a common word the segmenter sees in the
    /// text (员工上互助 holds no 工伤, 到底保 no 低保, 分期手续 no 骑手), unless that word's other part is grammar;
    /// words jieba makes of the slip itself are rare.
    /// </summary>
    private bool Aligned(IReadOnlyList<string> tokens, int start, int length)
    {
        var end = start + length;
        var at = 0;
        foreach (var token in tokens)
        {
            var next = at + token.Length;
            var crosses = (at < start && next > start) || (at < end && next > end);
            var inside = at < start && next > end;
            if (crosses && OwnWord(token, inside) && !GrammarOutside(token, at, start, end))
            {
                return false;
            }

            at = next;
        }

        return true;
    }

    /// <summary>
    /// A common word is the member's own; so is a rarer word of four or more characters the dictionary knows that holds
    /// the span in its middle (气公 inside 燃气公司 is no 气功): a slip rarely spells such a word around itself by chance.
    /// </summary>
    private bool OwnWord(string token, bool inside)
    {
        var frequency = _segmenter.Frequency(token);
        return frequency >= OwnWordFrequency || (inside && token.Length >= 4 && frequency > 1);
    }

    /// <summary>
    /// A word the slip makes only with grammar beside it (吸乃|是 cut as 乃是, 乳先|是 as 先是) is the slip's accident, not
    /// a word the member wrote: the characters of the token outside the span are all grammar.
    /// </summary>
    private static bool GrammarOutside(string token, int at, int start, int end)
    {
        for (var k = 0; k < token.Length; k++)
        {
            if ((at + k < start || at + k >= end) && !Function.Contains(token[k]))
            {
                return false;
            }
        }

        return true;
    }

    private string? Slip(ReadOnlySpan<char> window)
    {
        Span<char> key = stackalloc char[MaxKey];
        var length = 0;
        foreach (var c in window)
        {
            var readings = PinyinTable.Of(c);
            if (readings.Count == 0 || length + readings[0].Length + 1 > MaxKey)
            {
                return null; // no reading, or longer than any term's key
            }

            readings[0].AsSpan().CopyTo(key[length..]);
            length += readings[0].Length;
            key[length++] = ' ';
        }

        if (!_byReadingSpan.TryGetValue(key[..length], out _, out var terms))
        {
            return null;
        }

        foreach (var term in terms)
        {
            var differ = 0;
            var grammar = false;
            var verb = false;
            for (var k = 0; k < window.Length; k++)
            {
                differ += window[k] == term[k] ? 0 : 1;
                grammar |= window[k] != term[k] && (k == 0 || k == window.Length - 1) && Function.Contains(window[k]);
                verb |= window[k] != term[k] && ActionVerbs.Contains(window[k]);
            }

            if (grammar || verb)
            {
                continue;
            }

            // One slipped character, two in long terms. A two-character term slipped whole (服力 → 福利) has not counted since
            // 567faf4 (its test read a frequency of 0 the segmenter never gives); letting it now costs lines on eleven reports.
            var allowed = window.Length >= 5 ? 2 : 1;
            if (differ >= 1 && differ <= allowed && !RealWord(_segmenter, window.ToString()))
            {
                return term;
            }
        }

        return null;
    }

    private static int HanRun(string text, int start)
    {
        var end = start;
        while (end < text.Length && TextNormalizer.IsHan(text[end]))
        {
            end++;
        }

        return end - start;
    }

    /// <summary>Every reading of a term (polyphones give several), capped so a term of many polyphones stays cheap.</summary>
    private static IEnumerable<string> Readings(string term)
    {
        IEnumerable<string> keys = [string.Empty];
        foreach (var c in term)
        {
            var readings = PinyinTable.Of(c);
            if (readings.Count == 0)
            {
                return [];
            }

            keys = [.. keys.SelectMany(k => readings.Select(r => k + r + " ")).Take(8)];
        }

        return keys;
    }
}
