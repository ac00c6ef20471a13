using EngageBot.Core.State;

namespace EngageBot.Core.Turns;

/// <summary>
/// Runs the turns of one conversation one at a time, in arrival order (SemaphoreSlim queues async
/// waiters first-in, first-out). Entries are dropped when nobody holds or waits for them.
/// </summary>
public sealed class ConversationGate
{
    private readonly Dictionary<ConversationKey, Entry> _entries = [];

    public async Task<IDisposable> EnterAsync(ConversationKey conversationKey, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(conversationKey, out entry!))
            {
                entry = new Entry();
                _entries[conversationKey] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(conversationKey, entry, release: false);
            throw;
        }

        return new Releaser(this, conversationKey, entry);
    }

    private void Leave(ConversationKey key, Entry entry, bool release)
    {
        lock (_entries)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(key);
            }
        }

        if (release)
        {
            entry.Semaphore.Release();
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Releaser(ConversationGate gate, ConversationKey key, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Leave(key, entry, release: true);
            }
        }
    }
}
