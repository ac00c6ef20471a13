using System.Globalization;
using System.Text;
using EngageBot.Features.Knowledge;
using Xunit.Abstractions;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// Issue 17, session 30: an entry's own words, asked plainly, must reach that entry. Every knowledge entry's name and
/// each of its synonyms, alone and in a few bare question frames, must be answered with that entry or asked back with
/// it among the choices: never the fallback, never another entry. A word several entries list (互助保障 in the three
/// mutual-aid entries) reaches any of them. Titles go alone and after 问一下 only: most are already questions
/// (怎么办会员服务卡), and a frame around a question is not a member's sentence. The report goes to
/// <c>Eval/ownwords.report.txt</c>.
/// </summary>
public sealed class OwnWordsProbeTests(ITestOutputHelper output)
{
    private static readonly string[] ZhFrames = ["{0}", "{0}怎么申请", "{0}是什么", "{0}有吗", "{0}怎么办理", "问一下{0}"];
    private static readonly string[] EnFrames = ["{0}", "how do I apply for {0}", "what is {0}"];

    [Fact]
    public void Every_entrys_own_word_reaches_it()
    {
        var recognizer = Recognizers.Shipped();
        var entries = KnowledgeBase.FromShippedContent().Current.Entries;
        var owners = Owners(entries);
        var cases = 0;
        var misses = new List<string>();
        foreach (var (word, frames) in Words(entries))
        {
            foreach (var frame in frames)
            {
                var text = string.Format(CultureInfo.InvariantCulture, frame, word);
                var reading = recognizer.Recognize(text);
                cases++;
                if (!Reaches(reading, owners[Key(word)]))
                {
                    misses.Add($"{string.Join(",", owners[Key(word)])}\t{text}\t{reading.Label}\t{Offered(reading)}");
                }
            }
        }

        var report = new StringBuilder();
        report.AppendLine(string.Create(CultureInfo.InvariantCulture, $"own words reaching their entry: {cases - misses.Count}/{cases}; misses {misses.Count}"));
        foreach (var miss in misses)
        {
            report.AppendLine(miss);
        }

        output.WriteLine(report.ToString());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "Eval", "ownwords.report.txt"), report.ToString());
    }

    /// <summary>Each word with the frames it is asked in: a title alone and after 问一下, a synonym in every frame of its language.</summary>
    private static IEnumerable<(string Word, string[] Frames)> Words(IReadOnlyList<KnowledgeEntry> entries)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var (word, frames) in new[] { (entry.Title.Zh, new[] { "{0}", "问一下{0}" }), (entry.Title.En, ["{0}"]) }
                .Concat(entry.Synonyms.Zh.Select(s => (s, ZhFrames)))
                .Concat(entry.Synonyms.En.Select(s => (s, EnFrames))))
            {
                if (seen.Add(Key(word)))
                {
                    yield return (word, frames);
                }
            }
        }
    }

    /// <summary>The entries that list each word (as title or synonym).</summary>
    private static Dictionary<string, SortedSet<string>> Owners(IReadOnlyList<KnowledgeEntry> entries)
    {
        var owners = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var word in entry.Synonyms.All.Append(entry.Title.Zh).Append(entry.Title.En))
            {
                var key = Key(word);
                if (!owners.TryGetValue(key, out var set))
                {
                    owners[key] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(entry.Id);
            }
        }

        return owners;
    }

    private static bool Reaches(RecognizedIntent reading, SortedSet<string> owners) => reading.Intent switch
    {
        Intent.Faq or Intent.Club => owners.Contains(reading.Top!.Entry.Id),
        Intent.Clarify => reading.Candidates.Any(c => owners.Contains(c.Entry.Id)),
        Intent.Activities => owners.Contains("activities"), // the activities entry answers what the Activities intent lists (RecognizedIntent.Label)
        _ => false,
    };

    private static string Offered(RecognizedIntent reading) =>
        reading.Intent == Intent.Clarify ? string.Join(",", reading.Candidates.Select(c => c.Entry.Id)) : "";

    private static string Key(string word) => TextNormalizer.Normalize(word);
}
