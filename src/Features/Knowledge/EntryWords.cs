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
        Names = entry.Synonyms.All.Append(entry.Title.Zh).Append(entry.Title.En).Select(w => NameKey(TextNormalizer.Normalize(w))).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The synonyms, Chinese then English, normalized.</summary>
    public IReadOnlyList<string> Synonyms { get; }

    /// <summary>The Chinese synonyms then the Chinese everyday words, normalized.</summary>
    public IReadOnlyList<string> OwnZh { get; }

    /// <summary>The synonyms (Chinese, English) then the everyday words (Chinese, English), normalized.</summary>
    public IReadOnlyList<string> Own { get; }

    /// <summary>The titles and synonyms, normalized, Chinese ones without spaces: the words that name the entry (<see cref="OwnWordAsked"/>).</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>A normalized word as <see cref="Names"/> keeps it: Chinese without the spaces punctuation left, Latin as it is.</summary>
    public static string NameKey(string normalized) => normalized.Any(TextNormalizer.IsHan) ? normalized.Replace(" ", "", StringComparison.Ordinal) : normalized;

    public static EntryWords Of(KnowledgeEntry entry) => Kept.GetValue(entry, static e => new EntryWords(e));
}
