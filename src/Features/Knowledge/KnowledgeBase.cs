using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge.Learned;

namespace EngageBot.Features.Knowledge;

/// <summary>The in-memory <see cref="IKnowledgeBase"/>: one immutable snapshot, swapped atomically.</summary>
public sealed class KnowledgeBase : IKnowledgeBase
{
    private readonly Lock _swap = new(); // an edit and a lesson swap in one after the other, neither lost
    private KnowledgeSnapshot _current;
    private IReadOnlyList<LearnedExample> _examples = ShippedExamples.All;

    public KnowledgeBase(IReadOnlyList<KnowledgeEntry> entries)
    {
        _current = KnowledgeSnapshot.Create(entries);
    }

    /// <summary>The knowledge shipped with the service (embedded content files).</summary>
    public static KnowledgeBase FromShippedContent() => new(KnowledgeLoader.LoadShipped());

    public KnowledgeSnapshot Current => Volatile.Read(ref _current);

    public void Replace(IReadOnlyList<KnowledgeEntry> entries)
    {
        lock (_swap)
        {
            Swap(KnowledgeSnapshot.Create(entries, _examples));
        }
    }

    public void Teach(IReadOnlyList<LearnedExample> taught)
    {
        lock (_swap)
        {
            _examples = [.. ShippedExamples.All, .. taught];
            Swap(Current.WithExamples(_examples));
        }
    }

    private void Swap(KnowledgeSnapshot next)
    {
        Volatile.Write(ref _current, next);
        _ = Task.Run(() => next.Learned); // trained now, not in the next member's turn (a few hundred ms)
    }
}
