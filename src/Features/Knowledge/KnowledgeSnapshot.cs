using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge.Learned;

namespace EngageBot.Features.Knowledge;

/// <summary>A validated set of entries with the retrieval index built over them.</summary>
public sealed class KnowledgeSnapshot
{
    private readonly Dictionary<string, KnowledgeEntry> _byId;
    private readonly Lazy<SecondOpinion> _learned;

    private KnowledgeSnapshot(IReadOnlyList<KnowledgeEntry> entries, IReadOnlyList<LearnedExample> examples)
        : this(entries, entries.ToDictionary(e => e.Id, StringComparer.Ordinal), new KnowledgeIndex(entries), examples)
    {
    }

    private KnowledgeSnapshot(IReadOnlyList<KnowledgeEntry> entries, Dictionary<string, KnowledgeEntry> byId, KnowledgeIndex index, IReadOnlyList<LearnedExample> examples)
    {
        Entries = entries;
        _byId = byId;
        Index = index;
        _learned = new Lazy<SecondOpinion>(() => SecondOpinion.Train(entries, Index, examples));
    }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    public KnowledgeIndex Index { get; }

    /// <summary>The model learned from members' labelled phrasings over these entries, trained on first use.</summary>
    public SecondOpinion Learned => _learned.Value;

    public KnowledgeEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The same entries and index, the model learned from <paramref name="examples"/> instead (staff taught it; the index is not rebuilt).</summary>
    public KnowledgeSnapshot WithExamples(IReadOnlyList<LearnedExample> examples) => new(Entries, _byId, Index, examples);

    /// <exception cref="InvalidDataException">The entries are incomplete or inconsistent.</exception>
    /// <param name="entries">The knowledge base's entries.</param>
    /// <param name="examples">Labelled member phrasings for <see cref="Learned"/>; the shipped ones (examples.tsv) when not given.</param>
    public static KnowledgeSnapshot Create(IReadOnlyList<KnowledgeEntry> entries, IReadOnlyList<LearnedExample>? examples = null)
    {
        KnowledgeValidator.ThrowIfInvalid(entries);
        return new KnowledgeSnapshot(entries, examples ?? ShippedExamples.All);
    }
}
