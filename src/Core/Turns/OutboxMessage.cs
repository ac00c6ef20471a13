using EngageBot.Core.Protocol;
using EngageBot.Core.State;

namespace EngageBot.Core.Turns;

/// <summary>
/// A ready activity for the outbox. <see cref="IdempotencyKey"/> is unique per message (adding it twice is a
/// no-op) and is the activity id external channels see, so they can drop a repeat; <see cref="ConversationKey"/>
/// orders it behind the conversation's earlier messages.
/// </summary>
public sealed record OutboxMessage(string IdempotencyKey, ConversationKey ConversationKey, MemberKey MemberKey, ConversationReference Reference, Activity Activity)
{
    /// <summary><see cref="Activity"/> as stored rows hold it, when the turn wrote it already (its transcript row); else null.</summary>
    public StoredJson? Stored { get; init; }

    /// <summary>The activity's stored form: the turn's, or written now.</summary>
    public StoredJson StoredActivity() => Stored ?? StoredJson.Of(Activity);
}
