using EngageBot.Core.Protocol;

namespace EngageBot.Core.Turns;

/// <summary>
/// Words an outbox row about a subject (a notice, a sign-up) when it is sent, in the recipient's language,
/// so a retried or migrated row says what is true when it leaves. One renderer per feature that owns the subject.
/// </summary>
public interface IOutboxRenderer
{
    bool Renders(OutboxKind kind);

    /// <summary>The activity to send, or null when the subject no longer exists.</summary>
    Task<Activity?> RenderAsync(OutboxKind kind, string subjectId, ConversationReference reference, CancellationToken cancellationToken);
}
