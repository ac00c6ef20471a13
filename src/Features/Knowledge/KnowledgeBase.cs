using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>The in-memory <see cref="IKnowledgeBase"/>: one immutable snapshot, swapped atomically.</summary>
public sealed class KnowledgeBase : IKnowledgeBase
{
    private KnowledgeSnapshot _current;

    public KnowledgeBase(IReadOnlyList<KnowledgeEntry> entries)
    {
        _current = KnowledgeSnapshot.Create(entries);
    }

    /// <summary>The knowledge shipped with the service (embedded content files).</summary>
    public static KnowledgeBase FromShippedContent() => new(KnowledgeLoader.LoadShipped());

    public KnowledgeSnapshot Current => Volatile.Read(ref _current);

    public void Replace(IReadOnlyList<KnowledgeEntry> entries) => Volatile.Write(ref _current, KnowledgeSnapshot.Create(entries));
}
