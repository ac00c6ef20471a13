using System.Globalization;
using System.Text;
using EngageBot.Features.Knowledge;
using Xunit.Abstractions;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// Pinyin slips of ANY knowledge-base term, not only the ones an evaluation set happens to hold: every Chinese
/// synonym of every entry, one character at a time replaced by the most common character (not a grammar character) of the same
/// reading or of a near one (z/zh, c/ch, s/sh, n/l, an/ang, en/eng, in/ing), set in a few question templates. A slipped question must be read as
/// the clean one is. A slip that is itself a real word (先机 for 相机, 丧门 for 上门: <see cref="HomophoneCorrector.RealWord"/>)
/// is the member's word, left as written by the corrector: such cases are set aside, counted and listed, not scored.
/// Generated and deterministic; the report goes to <c>Eval/slips.report.txt</c>.
/// </summary>
public sealed class SlipToleranceTests(ITestOutputHelper output)
{
    /// <summary>Grammar characters are read as grammar next to a term (活动是 is not 活动室): a slip into one is not generated.</summary>
    private static readonly HashSet<char> Grammar = [.. "的了吗呢吧啊么是在有我你他她它们这那个就也都和与或被把给让还很又再才只呀嘛"];

    /// <summary>Each character's most common reading, and the characters of each reading most common first.</summary>
    private static readonly Lazy<Dictionary<char, string>> Reading = new(Readings);
    private static readonly Lazy<Dictionary<string, List<char>>> ByReading = new(() => CommonByReading(Reading.Value));

    private static readonly string[] Templates = ["{0}怎么申请", "请问{0}是什么", "我想了解一下{0}"];

    [Fact]
    public void Slipped_terms_are_read_as_the_clean_ones()
    {
        var recognizer = Recognizers.Shipped();
        var knowledge = Features.Knowledge.KnowledgeBase.FromShippedContent().Current;
        var index = knowledge.Index;
        var cases = 0;
        var aside = new List<string>();
        var read = 0;
        var misses = new List<string>();
        var perKind = new Dictionary<string, (int Cases, int Read)>(StringComparer.Ordinal);
        foreach (var entry in knowledge.Entries)
        {
            foreach (var term in entry.Synonyms.Zh.Select(TextNormalizer.Normalize).Where(t => t.Length is >= 2 and <= 6 && t.All(TextNormalizer.IsHan)).Distinct(StringComparer.Ordinal))
            {
                foreach (var template in Templates)
                {
                    var clean = recognizer.Recognize(string.Format(CultureInfo.InvariantCulture, template, term)).Label;
                    if (clean is "none" or "clarify")
                    {
                        continue; // not read when typed right: not a question of slips
                    }

                    foreach (var (slipped, kind) in Slips(term))
                    {
                        var question = string.Format(CultureInfo.InvariantCulture, template, slipped);
                        if (HomophoneCorrector.RealWord(ChineseSegmenter.Base, slipped))
                        {
                            Assert.Contains(slipped, index.Read(question), StringComparison.Ordinal); // left as written, as the rule says
                            aside.Add($"{kind}\t{term}\t{slipped}\t{ChineseSegmenter.Base.Frequency(slipped)}\t{template}");
                            continue;
                        }

                        var got = recognizer.Recognize(question).Label;
                        var ok = got == clean;
                        cases++;
                        read += ok ? 1 : 0;
                        var (c, r) = perKind.GetValueOrDefault(kind);
                        perKind[kind] = (c + 1, r + (ok ? 1 : 0));
                        if (!ok)
                        {
                            misses.Add($"{kind}\t{term}\t{slipped}\t{clean}\t{got}\t{template}");
                        }
                    }
                }
            }
        }

        var rate = (double)read / cases;
        var report = new StringBuilder();
        report.AppendLine(string.Create(CultureInfo.InvariantCulture, $"slipped terms read as the clean ones: {read}/{cases} ({rate:P1})"));
        foreach (var (kind, (c, r)) in perKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            report.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {kind,-6} {(double)r / c,7:P1}  ({r}/{c})"));
        }

        report.AppendLine(string.Create(
            CultureInfo.InvariantCulture,
            $"set aside as real words (jieba frequency >= {HomophoneCorrector.RealWordFrequency}, HomophoneCorrector.RealWord; left as written): {aside.Count} cases"));
        output.WriteLine(report.ToString());
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "Eval"));
        File.WriteAllText(
            Path.Combine(AppContext.BaseDirectory, "Eval", "slips.report.txt"),
            report + "\nmisses:\n" + string.Join('\n', misses) + "\n\nset aside as real words:\n" + string.Join('\n', aside));
        Assert.True(rate >= 0.97, $"slipped terms read as the clean ones: {rate:P1}");
        // Real words are a few slips of the whole, never a way to hide a broad failure.
        Assert.InRange(aside.Count, 1, (cases + aside.Count) / 100);
    }

    /// <summary>The slips the report generates for <paramref name="term"/>, real words among them.</summary>
    internal static IEnumerable<(string Slipped, string Kind)> Slips(string term) => Slips(term, ByReading.Value, Reading.Value);


    /// <summary>Each character of the term replaced by the most common character of the same reading, then of each near reading.</summary>
    private static IEnumerable<(string Slipped, string Kind)> Slips(string term, Dictionary<string, List<char>> byReading, Dictionary<char, string> reading)
    {
        for (var k = 0; k < term.Length; k++)
        {
            if (!reading.TryGetValue(term[k], out var own))
            {
                continue;
            }

            foreach (var (near, kind) in Near(own))
            {
                if (byReading.TryGetValue(near, out var chars) && chars.FirstOrDefault(c => c != term[k] && !Grammar.Contains(c)) is var sub and not '\0')
                {
                    yield return (string.Concat(term.AsSpan(0, k), sub.ToString(), term.AsSpan(k + 1)), kind);
                }
            }
        }
    }

    /// <summary>The reading itself and the readings pinyin typists blur with it: z/zh, c/ch, s/sh, n/l, an/ang, en/eng, in/ing.</summary>
    private static IEnumerable<(string Reading, string Kind)> Near(string reading)
    {
        yield return (reading, "same");
        foreach (var (a, b) in new[] { ("zh", "z"), ("ch", "c"), ("sh", "s") })
        {
            if (reading.StartsWith(a, StringComparison.Ordinal))
            {
                yield return (b + reading[a.Length..], "zh/z");
            }
            else if (reading.StartsWith(b, StringComparison.Ordinal) && !reading.StartsWith(a, StringComparison.Ordinal))
            {
                yield return (a + reading[b.Length..], "zh/z");
            }
        }

        if (reading.StartsWith('n') && reading.Length > 1)
        {
            yield return ("l" + reading[1..], "n/l");
        }
        else if (reading.StartsWith('l'))
        {
            yield return ("n" + reading[1..], "n/l");
        }

        foreach (var (a, kind) in new[] { ("an", "an/ang"), ("en", "en/eng"), ("in", "in/ing") })
        {
            if (reading.EndsWith(a + "g", StringComparison.Ordinal))
            {
                yield return (reading[..^1], kind);
            }
            else if (reading.EndsWith(a, StringComparison.Ordinal))
            {
                yield return (reading + "g", kind);
            }
        }
    }

    /// <summary>Each character's most common reading, unfolded, from the shipped table (pinyin.txt).</summary>
    private static Dictionary<char, string> Readings()
    {
        using var stream = typeof(PinyinTable).Assembly.GetManifestResourceStream("Knowledge/pinyin.txt")!;
        using var reader = new StreamReader(stream);
        var readings = new Dictionary<char, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Split('\t') is [var syllable, var chars] && !line.StartsWith('#') && !line.StartsWith('+'))
            {
                foreach (var c in chars)
                {
                    readings.TryAdd(c, syllable);
                }
            }
        }

        return readings;
    }

    /// <summary>Characters by their most common reading, most frequent first (as a pinyin keyboard offers them).</summary>
    private static Dictionary<string, List<char>> CommonByReading(Dictionary<char, string> readings) =>
        readings.GroupBy(kv => kv.Value, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(kv => kv.Key).OrderByDescending(c => ChineseSegmenter.Base.Frequency(c.ToString())).ThenBy(c => c).ToList(),
                StringComparer.Ordinal);
}
