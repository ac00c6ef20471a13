namespace EngageBot.Features.Knowledge;

/// <summary>
/// Meaning classes from jieba.NET's 同义词词林 (<c>jieba/cn_synonym.txt</c>): every line starts with a hierarchical
/// code (Dj07A01 = major class D, medium j, small class 07, word group A, atom group 01). Words of one small class
/// (Dj07: 工资 工钱 薪资 月薪 薪水 奖金…) are related in meaning though not synonyms, so a word's class is a feature beside
/// the word: a member's everyday word meets the knowledge base's term when both sit in one class, without anyone
/// listing the pair. Words with many senses (打, 开) are left out: their groups say nothing.
/// </summary>
public static class MeaningClasses
{
    /// <summary>Characters of the code that make a class: 4 = small class (Dj07: pay of every kind), one level above the word group.</summary>
    private const int Level = 4;

    /// <summary>A word in more groups than this has too many senses to stand for one meaning.</summary>
    private const int MaxSenses = 2;

    private static readonly Lazy<Dictionary<string, string[]>> Codes = new(Load);

    /// <summary>The classes of <paramref name="word"/> as feature names ("m:Dj07A"); empty when the list has none.</summary>
    public static IReadOnlyList<string> Of(string word) =>
        Codes.Value.TryGetValue(word, out var codes) ? codes : [];

    private static Dictionary<string, string[]> Load()
    {
        var senses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var path = Path.Combine(AppContext.BaseDirectory, "jieba", "cn_synonym.txt");
        if (!File.Exists(path))
        {
            return [];
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.Length < 9 || line[7] is not ('=' or '#'))
            {
                continue; // '@' lines hold one word alone: no group to share
            }

            var feature = "m:" + line[..Level];
            foreach (var word in line[9..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length > 1)
                {
                    (senses.TryGetValue(word, out var set) ? set : senses[word] = new HashSet<string>(StringComparer.Ordinal)).Add(feature);
                }
            }
        }

        return senses.Where(kv => kv.Value.Count <= MaxSenses).ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
