using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge.Learned;

namespace EngageBot.Features.Knowledge;

/// <summary>The in-memory <see cref="IKnowledgeBase"/>: one immutable snapshot, swapped atomically.</summary>
public sealed class KnowledgeBase : IKnowledgeBase
{
    private readonly Lock _swap = new(); // an edit and a lesson swap in one after the other, neither lost
    private readonly Action<KnowledgeSnapshot> _train;
    private KnowledgeSnapshot _current;
    private IReadOnlyList<LearnedExample> _examples = ShippedExamples.All;
    private int _batches; // open BatchSwaps scopes, under _swap
    private bool _untrained; // a swap in a batch left the current snapshot's model untrained, under _swap

    /// <param name="entries">The knowledge's entries.</param>
    /// <param name="train">How a swapped-in snapshot's model is trained; by default on the thread pool, not in the next member's turn (a few hundred ms).</param>
    public KnowledgeBase(IReadOnlyList<KnowledgeEntry> entries, Action<KnowledgeSnapshot>? train = null)
    {
        _current = KnowledgeSnapshot.Create(entries);
        _train = train ?? (next => _ = Task.Run(() => next.Learned));
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

    public IDisposable BatchSwaps()
    {
        lock (_swap)
        {
            _batches++;
        }

        return new Batch(this);
    }

    private void Swap(KnowledgeSnapshot next)
    {
        Volatile.Write(ref _current, next);
        if (_batches > 0)
        {
            _untrained = true; // a later swap in the batch would make this training wasted
        }
        else
        {
            _train(next);
        }
    }

    private void EndBatch()
    {
        lock (_swap)
        {
            if (--_batches == 0 && _untrained)
            {
                _untrained = false;
                _train(Current);
            }
        }
    }

    private sealed class Batch(KnowledgeBase owner) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                owner.EndBatch();
            }
        }
    }
}
