namespace EngageBot.Features.Knowledge;

/// <summary>
/// jieba.NET's Chinese synonym list (同义词词林, <c>jieba/cn_synonym.txt</c>): for a knowledge-base term, the words
/// of its small "=" groups (辞退 → 解雇, 解聘, 炒鱿鱼; 工钱 → 工资, 薪资), which the index adds as extra phrases of
/// the entry. Large groups are loose and are left out.
/// </summary>
public static class SynonymLexicon
{
    private const int MaxGroup = 8;

    private static readonly Lazy<Dictionary<string, string[]>> Groups = new(Load);

    /// <summary>The other words of <paramref name="word"/>'s synonym groups (none when the file is absent).</summary>
    public static IEnumerable<string> Of(string word) =>
        Groups.Value.TryGetValue(word, out var words) ? words.Where(w => w != word) : [];

    private static Dictionary<string, string[]> Load()
    {
        var groups = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var path = Path.Combine(AppContext.BaseDirectory, "jieba", "cn_synonym.txt");
        if (!File.Exists(path))
        {
            return groups;
        }

        foreach (var line in File.ReadLines(path))
        {
            var eq = line.IndexOf("= ", StringComparison.Ordinal);
            if (eq < 0)
            {
                continue;
            }

            var words = line[(eq + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1).ToArray();
            if (words.Length is < 2 or > MaxGroup)
            {
                continue;
            }

            foreach (var word in words)
            {
                groups[word] = groups.TryGetValue(word, out var known) ? [.. known.Union(words)] : words;
            }
        }

        return groups;
    }
}
