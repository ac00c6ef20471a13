namespace EngageBot.Features.Knowledge;

/// <summary>
/// The last few searches on this thread. One message searches the same text two to six times over (a two-part
/// message's parts, a focus clause, the wider second look; bench/README.md, twentieth session), and the same text
/// over the same index ranks the same: the index does not change once built, and callers only read the list.
/// </summary>
internal static class RecentSearches
{
    private const int Slots = 4;

    [ThreadStatic]
    private static (KnowledgeIndex Index, string Text, int Take, IReadOnlyList<ScoredEntry> Found)[]? _kept;

    [ThreadStatic]
    private static int _next;

    public static IReadOnlyList<ScoredEntry>? Find(KnowledgeIndex index, string text, int take)
    {
        if (_kept is not { } kept)
        {
            return null;
        }

        foreach (var (keptIndex, keptText, keptTake, found) in kept)
        {
            if (ReferenceEquals(keptIndex, index) && keptTake == take && string.Equals(keptText, text, StringComparison.Ordinal))
            {
                return found;
            }
        }

        return null;
    }

    public static IReadOnlyList<ScoredEntry> Keep(KnowledgeIndex index, string text, int take, IReadOnlyList<ScoredEntry> found)
    {
        var kept = _kept ??= new (KnowledgeIndex, string, int, IReadOnlyList<ScoredEntry>)[Slots];
        kept[_next] = (index, text, take, found);
        _next = (_next + 1) % Slots;
        return found;
    }
}
