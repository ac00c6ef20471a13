using EngageBot.Infrastructure;

namespace EngageBot.Core.State;

/// <summary>
/// Turn state: read once at the start of a turn, committed once at its end. Writes are compare-and-swap on
/// ETags, so two turns that raced never silently overwrite each other.
/// </summary>
public interface IStateStore
{
    Task<IReadOnlyDictionary<string, StoredState>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    Task<bool> IsProcessedAsync(string activityKey, CancellationToken cancellationToken);

    /// <summary>
    /// What a turn reads before it runs: its state documents and, for <paramref name="activityKey"/>, whether that
    /// activity was processed already; in one round trip on PostgreSQL.
    /// </summary>
    Task<TurnRead> ReadTurnAsync(IReadOnlyCollection<string> keys, string? activityKey, CancellationToken cancellationToken);

    /// <summary>Commits the turn atomically.</summary>
    /// <exception cref="ETagConflictException">A state write met a changed ETag; nothing was written.</exception>
    /// <exception cref="DuplicateActivityException">The activity was already processed; nothing was written.</exception>
    Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken);

    Task<IReadOnlyList<TranscriptRecord>> ReadTranscriptAsync(ConversationKey conversation, long afterId, int limit, CancellationToken cancellationToken);

    /// <summary>The reference of <paramref name="conversation"/> stored under <paramref name="member"/> (<see cref="ConversationReferenceRecord.Member"/>).</summary>
    Task<ConversationReferenceRecord?> GetReferenceAsync(MemberKey member, ConversationKey conversation, CancellationToken cancellationToken);

    /// <summary>The distinct serviceUrls of stored conversation references (each came on a verified activity; routes are kept).</summary>
    Task<IReadOnlyList<string>> ReadServiceUrlsAsync(CancellationToken cancellationToken);
}
