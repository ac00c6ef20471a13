using System.Collections.Concurrent;
using System.Globalization;
using EngageBot.Infrastructure;

namespace EngageBot.Core.State;

/// <summary>
/// A write-through cache of state documents in front of a <see cref="IStateStore"/>, for a database that this
/// process alone writes (the embedded SQLite file). It is safe because every state write is still a
/// compare-and-swap in the database: a stale entry can only cause an <see cref="ETagConflictException"/>,
/// which drops the entry, so the re-run turn reads the row afresh. Everything else passes straight through.
/// </summary>
public sealed class CachingStateStore(IStateStore inner, int capacity = CachingStateStore.DefaultCapacity, long maxBytes = CachingStateStore.DefaultMaxBytes) : IStateStore
{
    public const int DefaultCapacity = 50_000;

    /// <summary>
    /// What the kept documents may hold (estimated: their strings and an entry's objects): full, it starts over. Many
    /// short conversations that come back once fill it with documents read once more at most; 50,000 of them were
    /// ~29 MB of live heap (bench/README.md, "Twentieth session"), so entries alone did not bound it.
    /// </summary>
    public const long DefaultMaxBytes = 16L << 20;

    // A kept entry beyond its strings' characters: the StoredState, the dictionary's node, three string headers.
    private const int EntryOverhead = 160;

    private readonly ConcurrentDictionary<string, StoredState> _documents = new(StringComparer.Ordinal);
    private int _count;
    private long _bytes;

    // Absent rows are not cached: the first write of a new key inserts it, and is cached then.
    public async Task<IReadOnlyDictionary<string, StoredState>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        (await ReadTurnAsync(keys, activityKey: null, cancellationToken)).States;

    public async Task<TurnRead> ReadTurnAsync(IReadOnlyCollection<string> keys, string? activityKey, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, StoredState>(StringComparer.Ordinal);
        List<string>? missing = null;
        foreach (var key in keys)
        {
            if (_documents.TryGetValue(key, out var cached))
            {
                result[key] = cached;
            }
            else
            {
                (missing ??= []).Add(key);
            }
        }

        if (missing is null)
        {
            return new TurnRead(result, activityKey is not null && await inner.IsProcessedAsync(activityKey, cancellationToken));
        }

        // The keys not cached and the dedup question in one read (without an activity, the inner store's plain read).
        var read = await inner.ReadTurnAsync(missing, activityKey, cancellationToken);
        foreach (var (key, stored) in read.States)
        {
            result[key] = stored;
            Remember(stored);
        }

        return read with { States = result };
    }

    public Task<bool> IsProcessedAsync(string activityKey, CancellationToken cancellationToken) =>
        inner.IsProcessedAsync(activityKey, cancellationToken);

    public async Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        try
        {
            await inner.CommitAsync(commit, cancellationToken);
        }
        catch (DuplicateActivityException)
        {
            throw; // nothing was written
        }
        catch
        {
            // A conflict, or an outcome we cannot know: the next read of these keys goes to the database.
            foreach (var write in commit.States)
            {
                Forget(write.Key);
            }

            throw;
        }

        foreach (var write in commit.States)
        {
            // A first insert is not kept: most new keys belong to conversations that never come back (a new
            // conversation per visit), and kept they filled the cache for nothing (~6 % of fresh turns insert one:
            // ~2 MB a minute of live heap in the fresh soak, bench/README.md). A key read again is kept by that read.
            // Only a CAS from a known version tells us the new version; "*" does not.
            if (write.ExpectedETag is null)
            {
                Forget(write.Key);
            }
            else if (long.TryParse(write.ExpectedETag, CultureInfo.InvariantCulture, out var version))
            {
                Remember(new StoredState(write.Key, write.Json, (version + 1).ToString(CultureInfo.InvariantCulture)));
            }
            else
            {
                Forget(write.Key);
            }
        }
    }

    public Task<IReadOnlyList<TranscriptRecord>> ReadTranscriptAsync(ConversationKey conversation, long afterId, int limit, CancellationToken cancellationToken) =>
        inner.ReadTranscriptAsync(conversation, afterId, limit, cancellationToken);

    public Task<IReadOnlyList<string>> ReadServiceUrlsAsync(CancellationToken cancellationToken) =>
        inner.ReadServiceUrlsAsync(cancellationToken);

    public Task<ConversationReferenceRecord?> GetReferenceAsync(MemberKey member, ConversationKey conversation, CancellationToken cancellationToken) =>
        inner.GetReferenceAsync(member, conversation, cancellationToken);

    /// <summary>Keeps the newer of what is cached and <paramref name="stored"/>; past capacity, starts over.</summary>
    private void Remember(StoredState stored)
    {
        var version = Version(stored);
        while (true)
        {
            if (_documents.TryGetValue(stored.Key, out var current))
            {
                if (Version(current) >= version)
                {
                    return;
                }

                if (_documents.TryUpdate(stored.Key, stored, current))
                {
                    if (Interlocked.Add(ref _bytes, Bytes(stored) - Bytes(current)) > maxBytes)
                    {
                        StartOver();
                    }

                    return;
                }
            }
            else if (_documents.TryAdd(stored.Key, stored))
            {
                var bytes = Interlocked.Add(ref _bytes, Bytes(stored));
                if (Interlocked.Increment(ref _count) > capacity || bytes > maxBytes)
                {
                    StartOver();
                }

                return;
            }
        }
    }

    /// <summary>Drops a cached document, e.g. after its row was deleted outside a turn (a member's data erased).</summary>
    public void Forget(string key)
    {
        if (_documents.TryRemove(key, out var removed))
        {
            Interlocked.Decrement(ref _count);
            Interlocked.Add(ref _bytes, -Bytes(removed));
        }
    }

    /// <summary>What the cache holds now, as counted against its bounds (entries, estimated bytes).</summary>
    internal (int Entries, long Bytes) Size => (Volatile.Read(ref _count), Interlocked.Read(ref _bytes));

    // Racing writers may leave the counts a little off until the next start-over; they are bounds, not a ledger.
    private void StartOver()
    {
        _documents.Clear();
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _bytes, 0);
    }

    private static long Bytes(StoredState state) => EntryOverhead + 2L * (state.Key.Length + state.Json.Length + state.ETag.Length);

    private static long Version(StoredState state) =>
        long.TryParse(state.ETag, CultureInfo.InvariantCulture, out var version) ? version : -1;
}
