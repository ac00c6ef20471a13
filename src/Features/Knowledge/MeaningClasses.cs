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
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
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

            var feature = Shared(names, "m:" + line[..Level]);
            foreach (var word in line[9..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length > 1)
                {
                    (senses.TryGetValue(word, out var set) ? set : senses[word] = new HashSet<string>(StringComparer.Ordinal)).Add(feature);
                }
            }
        }

        // ~68,000 words in ~1,400 classes: words with the same classes in the same order share one array, and each class
        // name is one string, not one per line of the file (~2.5 MB of the live heap as an array and a name per word).
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        return senses.Where(kv => kv.Value.Count <= MaxSenses).ToDictionary(kv => kv.Key, kv => Shared(sets, kv.Value), StringComparer.Ordinal);
    }

    private static string Shared(Dictionary<string, string> names, string name) =>
        names.TryGetValue(name, out var kept) ? kept : names[name] = name;

    private static string[] Shared(Dictionary<string, string[]> sets, HashSet<string> classes)
    {
        var key = string.Join(' ', classes); // a set's order is the order its classes were added: the key keeps it
        return sets.TryGetValue(key, out var kept) ? kept : sets[key] = [.. classes];
    }
}
