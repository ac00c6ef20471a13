using System.Runtime.CompilerServices;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// An entry's own words (synonyms and everyday words) normalized once per entry, in their order. The out-of-scope
/// checks and the side-remark rule scan them for each uncached reading; normalizing every word on every call was
/// a string builder and a string or two per word (bench/README.md, "Twenty-fifth session, branch cpu28"). Kept beside
/// the entry instance, so a new knowledge snapshot (new entries) gets its own and an old one's go with it.
/// </summary>
public sealed class EntryWords
{
    private static readonly ConditionalWeakTable<KnowledgeEntry, EntryWords> Kept = [];

    private EntryWords(KnowledgeEntry entry)
    {
        Synonyms = [.. entry.Synonyms.All.Select(TextNormalizer.Normalize)];
        OwnZh = [.. entry.Synonyms.Zh.Concat(entry.Everyday.Zh).Select(TextNormalizer.Normalize)];
        Own = [.. entry.Synonyms.All.Concat(entry.Everyday.All).Select(TextNormalizer.Normalize)];
    }

    /// <summary>The synonyms, Chinese then English, normalized.</summary>
    public IReadOnlyList<string> Synonyms { get; }

    /// <summary>The Chinese synonyms then the Chinese everyday words, normalized.</summary>
    public IReadOnlyList<string> OwnZh { get; }

    /// <summary>The synonyms (Chinese, English) then the everyday words (Chinese, English), normalized.</summary>
    public IReadOnlyList<string> Own { get; }

    public static EntryWords Of(KnowledgeEntry entry) => Kept.GetValue(entry, static e => new EntryWords(e));
}
