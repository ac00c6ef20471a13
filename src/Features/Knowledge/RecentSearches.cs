namespace EngageBot.Features.Knowledge;

/// <summary>
/// The last few searches on this thread. One message searches the same text two to six times over (a two-part
/// message's parts, a focus clause, the wider second look; bench/README.md, twentieth session), and the same text
/// over the same index ranks the same: the index does not change once built, and callers only read the list.
/// How the search read the text is kept beside it: the learned second opinion and the establishments' check read the same.
/// </summary>
internal static class RecentSearches
{
    private const int Slots = 4;

    [ThreadStatic]
    private static (KnowledgeIndex Index, string Text, int Take, IReadOnlyList<ScoredEntry> Found, QueryReading Reading)[]? _kept;

    [ThreadStatic]
    private static int _next;

    public static IReadOnlyList<ScoredEntry>? Find(KnowledgeIndex index, string text, int take) =>
        Slot(index, text, take) is { } at ? _kept![at].Found : null;

    /// <summary>How a kept search of <paramref name="text"/> read it, whatever it took; null when none is kept.</summary>
    public static QueryReading? FindReading(KnowledgeIndex index, string text) =>
        Slot(index, text, take: null) is { } at ? _kept![at].Reading : null;

    /// <summary>The first slot keeping a search of <paramref name="text"/> over <paramref name="index"/> (that took <paramref name="take"/>, when given).</summary>
    private static int? Slot(KnowledgeIndex index, string text, int? take)
    {
        if (_kept is not { } kept)
        {
            return null;
        }

        for (var at = 0; at < kept.Length; at++)
        {
            var (keptIndex, keptText, keptTake, _, _) = kept[at];
            if (ReferenceEquals(keptIndex, index) && (take is null || keptTake == take) && string.Equals(keptText, text, StringComparison.Ordinal))
            {
                return at;
            }
        }

        return null;
    }

    public static IReadOnlyList<ScoredEntry> Keep(KnowledgeIndex index, string text, int take, IReadOnlyList<ScoredEntry> found, QueryReading reading)
    {
        var kept = _kept ??= new (KnowledgeIndex, string, int, IReadOnlyList<ScoredEntry>, QueryReading)[Slots];
        kept[_next] = (index, text, take, found, reading);
        _next = (_next + 1) % Slots;
        return found;
    }
}
