using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Outbox;

/// <summary>
/// One recipient of one firing, as written to the outbox. With <see cref="WaitingReferenceJson"/> the conversation
/// does not exist yet (a rostered member who never signed in): the row waits, holding the reference it will go to.
/// With <see cref="SkipReason"/> the notice leaves the member out (they unsubscribed): the row records it, skipped.
/// </summary>
public sealed record OutboxRecipient(MemberKey MemberKey, ConversationKey? ReferenceKey, string? WaitingReferenceJson = null)
{
    public string? SkipReason { get; init; }

    /// <summary>Whom <see cref="ReferenceKey"/>'s reference is stored under, when not <see cref="MemberKey"/> (a bound account's chat).</summary>
    public MemberKey? ReferenceMember { get; init; }
}

/// <summary>
/// A claimed row: what to send (a subject to render, or a ready <see cref="Payload"/>), to whom (the conversation
/// reference's JSON, or null when unreachable), and since when it waits.
/// </summary>
public sealed record OutboxItem(long Id, OutboxKind Kind, string? SubjectId, MemberKey MemberKey, int Attempts, string? ReferenceJson)
{
    public string IdempotencyKey { get; init; } = string.Empty;

    /// <summary>The conversation, whose rows go out in order.</summary>
    public ConversationKey? ReferenceKey { get; init; }

    /// <summary>For <see cref="OutboxKind.Message"/>: the activity's JSON.</summary>
    public string? Payload { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>What became of a claimed row.</summary>
public sealed record OutboxOutcome(long Id, OutboxStatus Status, string? Reason, DateTimeOffset? RetryAt = null)
{
    public static OutboxOutcome Sent(long id) => new(id, OutboxStatus.Sent, null);

    public static OutboxOutcome Failed(long id, string reason) => new(id, OutboxStatus.Failed, reason);

    public static OutboxOutcome Skipped(long id, string reason) => new(id, OutboxStatus.Skipped, reason);

    public static OutboxOutcome Retry(long id, string reason, DateTimeOffset at) => new(id, OutboxStatus.Pending, reason, at);
}
