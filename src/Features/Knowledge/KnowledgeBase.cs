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

    public void Replace(IReadOnlyList<KnowledgeEntry> entries)
    {
        var next = KnowledgeSnapshot.Create(entries);
        Volatile.Write(ref _current, next);
        _ = Task.Run(() => next.Learned); // trained now, not in the next member's turn (a few hundred ms)
    }
}
