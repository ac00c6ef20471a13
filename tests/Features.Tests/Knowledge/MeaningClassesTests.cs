using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// <see cref="MeaningClasses"/> keeps one array per set of classes and one string per class name (the memory of ~68,000
/// words): every word must still read the classes, in the order, that the list gives it.
/// </summary>
public sealed class MeaningClassesTests
{
    [Fact]
    public void Every_word_reads_the_classes_the_list_gives_it_in_order()
    {
        var expected = ReadPlainly();

        Assert.True(expected.Count > 60_000, expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(expected, word => Assert.Equal(word.Value, MeaningClasses.Of(word.Key)));
        Assert.Empty(MeaningClasses.Of("打")); // one character: not kept
    }

    [Fact]
    public void Words_with_the_same_classes_share_one_array_and_one_name()
    {
        var expected = ReadPlainly();
        var sets = expected.GroupBy(w => string.Join(' ', w.Value), StringComparer.Ordinal).Where(g => g.Count() > 1).Take(200).ToList();

        Assert.NotEmpty(sets);
        foreach (var set in sets)
        {
            var first = MeaningClasses.Of(set.First().Key);
            Assert.All(set, word => Assert.Same(first, MeaningClasses.Of(word.Key)));
        }

        var names = expected.Values.SelectMany(v => v).Distinct(StringComparer.Ordinal).ToList();
        var kept = expected.Keys.SelectMany(MeaningClasses.Of).Distinct(ReferenceEqualityComparer.Instance).Count();
        Assert.Equal(names.Count, kept); // one string per class name
    }

    /// <summary>The list read the obvious way: each word's small classes in the order its lines come, words in more than two left out.</summary>
    private static Dictionary<string, List<string>> ReadPlainly()
    {
        var classes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "jieba", "cn_synonym.txt")))
        {
            if (line.Length < 9 || line[7] is not ('=' or '#'))
            {
                continue;
            }

            var name = "m:" + line[..4];
            foreach (var word in line[9..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1))
            {
                var list = classes.TryGetValue(word, out var known) ? known : classes[word] = [];
                if (!list.Contains(name))
                {
                    list.Add(name);
                }
            }
        }

        return classes.Where(kv => kv.Value.Count <= 2).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
    }
}
