using EngageBot.Infrastructure;

namespace EngageBot.Core.State;

/// <summary>A turn's state documents, and whether its activity was processed already (false when it has no id).</summary>
public sealed record TurnRead(IReadOnlyDictionary<string, StoredState> States, bool Processed);

/// <summary>A state document as stored, with the ETag a later write must present.</summary>
public sealed record StoredState(string Key, string Json, string ETag);

/// <summary>
/// A compare-and-swap write: <see cref="ExpectedETag"/> null means "must not exist yet", "*" means "any".
/// </summary>
public sealed record StateWrite(string Key, string Json, string? ExpectedETag);

/// <summary>One activity in a conversation's transcript; <see cref="Direction"/> is "in" or "out".</summary>
public sealed record TranscriptEntry(ConversationKey ConversationKey, string? ActivityId, string Direction, StoredJson Json);

/// <summary>A transcript row read back, in conversation order.</summary>
public sealed record TranscriptRecord(long Id, string? ActivityId, string Direction, string Json, DateTimeOffset At);

/// <summary>
/// Where a member or group can be reached later, kept only from verified activities. Stored under its
/// <see cref="Member"/> (layout E): a reader by conversation key says whose reference it wants.
/// </summary>
public sealed record ConversationReferenceRecord(ConversationKey Key, Protocol.ConversationReference Reference)
{
    /// <summary>The member the reference reaches: the user of a 1:1 chat, the conversation itself for a group.</summary>
    public MemberKey Member => ReferenceColumns.MemberOf(Key, Reference);

    public string? ServiceUrl => Reference.ServiceUrl;

    public bool IsGroup => Reference.Conversation.IsGroup == true;
}

/// <summary>
/// Everything one turn writes, committed in one transaction or not at all. <see cref="AlsoInTransaction"/> writes the
/// turn's replies to the outbox in that same transaction, so a reply can never be lost between the commit and its send.
/// <see cref="AlsoInBatch"/>, when given, writes the same rows as statements added to PostgreSQL's one-batch commit
/// instead (no transaction of its own there, so one round trip); null when the rows need the transaction itself.
/// </summary>
public sealed record TurnCommit(
    string? ProcessedActivityKey,
    IReadOnlyList<StateWrite> States,
    IReadOnlyList<TranscriptEntry> Transcript,
    ConversationReferenceRecord? Reference,
    Func<System.Data.Common.DbConnection, System.Data.Common.DbTransaction, CancellationToken, Task>? AlsoInTransaction = null,
    Action<System.Data.Common.DbBatch>? AlsoInBatch = null);
