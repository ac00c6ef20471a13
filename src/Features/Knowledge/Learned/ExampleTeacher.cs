namespace EngageBot.Features.Knowledge.Learned;

/// <summary>
/// Staff's labels for the learned second opinion: stored first, then the model retrained over the shipped examples and
/// every taught one (<see cref="IKnowledgeBase.Teach"/>), so the next turn reads with them and so does the bot after a
/// restart. Lessons are serialised so two staff teaching at once cannot drop each other's.
/// </summary>
public sealed class ExampleTeacher(IKnowledgeBase knowledge, TaughtExampleStore store, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyList<LearnedExample> _taught = [];

    /// <summary>Loads what staff taught before (start-up, before the model is first trained).</summary>
    public async Task ApplyStoredAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _taught = await store.ListAsync(cancellationToken);
            if (_taught.Count > 0)
            {
                knowledge.Teach(_taught);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Keeps <paramref name="examples"/> (those not taught already) and retrains; returns how many were new.</summary>
    public async Task<int> TeachAsync(IReadOnlyList<LearnedExample> examples, string? by, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            IReadOnlyList<LearnedExample> fresh = [.. examples.Distinct().Except(_taught)];
            if (fresh.Count > 0)
            {
                await store.AddAsync(fresh, clock.GetUtcNow(), by, cancellationToken);
                _taught = [.. _taught, .. fresh];
                knowledge.Teach(_taught);
            }

            return fresh.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
