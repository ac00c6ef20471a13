using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>A validated set of entries with the retrieval index built over them.</summary>
public sealed class KnowledgeSnapshot
{
    private readonly Dictionary<string, KnowledgeEntry> _byId;

    private KnowledgeSnapshot(IReadOnlyList<KnowledgeEntry> entries)
    {
        Entries = entries;
        _byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Index = new KnowledgeIndex(entries);
    }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    public KnowledgeIndex Index { get; }

    public KnowledgeEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <exception cref="InvalidDataException">The entries are incomplete or inconsistent.</exception>
    public static KnowledgeSnapshot Create(IReadOnlyList<KnowledgeEntry> entries)
    {
        KnowledgeValidator.ThrowIfInvalid(entries);
        return new KnowledgeSnapshot(entries);
    }
}
