using EngageBot.Core.State;
using EngageBot.Core.Turns;
namespace EngageBot.Features.Outbox;

/// <summary>
/// One row to add to the outbox. <see cref="IdempotencyKey"/> makes adding it twice a no-op and is what
/// external channels see as the activity id; <see cref="ReferenceKey"/> is the conversation, whose rows go
/// out in the order they were added.
/// </summary>
public sealed record OutboxEntry(OutboxKind Kind, string IdempotencyKey, MemberKey MemberKey, ConversationKey? ReferenceKey)
{
    /// <summary>Whom <see cref="ReferenceKey"/>'s reference is stored under, when not <see cref="MemberKey"/> (a sign-up's group, a bound account's chat).</summary>
    public MemberKey? ReferenceMember { get; init; }

    /// <summary>The notice or sign-up the row is about (rendered when sent).</summary>
    public string? SubjectId { get; init; }

    /// <summary>For <see cref="OutboxKind.Message"/>: the conversation reference's JSON.</summary>
    public string? ReferenceJson { get; init; }

    /// <summary>For <see cref="OutboxKind.Message"/>: the activity's JSON.</summary>
    public string? Payload { get; init; }
}
