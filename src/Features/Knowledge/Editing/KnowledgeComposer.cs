namespace EngageBot.Features.Knowledge.Editing;

/// <summary>
/// The entries the bot answers from: the base (shipped content with the older answer-only edits) with staff's saved
/// entries laid over it, retired ones left out, and related-topic links to entries that are gone dropped.
/// </summary>
public static class KnowledgeComposer
{
    public static IReadOnlyList<KnowledgeEntry> Compose(IReadOnlyList<KnowledgeEntry> baseEntries, IReadOnlyDictionary<string, StoredKnowledgeEntry> saved)
    {
        var entries = baseEntries.Select(e => saved.TryGetValue(e.Id, out var s) ? s : new StoredKnowledgeEntry(e, false, false, default, null)).ToList();
        var known = baseEntries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        entries.AddRange(saved.Values.Where(s => !known.Contains(s.Entry.Id)).OrderBy(s => s.UpdatedAt).ThenBy(s => s.Entry.Id, StringComparer.Ordinal));
        var active = entries.Where(s => !s.Retired).Select(s => s.Entry).ToList();
        var ids = active.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return [.. active.Select(e => e.Related.All(ids.Contains) ? e : e with { Related = [.. e.Related.Where(ids.Contains)] })];
    }
}
