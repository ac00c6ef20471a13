using System.Data.Common;
using EngageBot.Core.Protocol;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Outbox;

/// <summary>
/// An in-process channel (Direct Line conversations, groups) whose delivery is a database write. The dispatcher
/// calls <see cref="AppendAsync"/> inside the same transaction that marks the outbox row sent, so the message
/// and the "sent" mark commit together or not at all: such deliveries are never repeated, even after SIGKILL.
/// After the commit, <see cref="PublishCommittedAsync"/> wakes live readers (WebSockets); losing that wake-up
/// loses nothing, because readers catch up from the store.
/// </summary>
public interface ITransactionalActivitySender
{
    /// <summary>True when this sender delivers to the conversation <paramref name="reference"/> points at.</summary>
    bool Handles(ConversationReference reference);

    /// <summary>Appends the activity to the conversation using <paramref name="connection"/> and <paramref name="transaction"/>; returns its id.</summary>
    Task<string> AppendAsync(ConversationReference reference, Activity activity, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Called once the transaction holding earlier appends committed.</summary>
    Task PublishCommittedAsync(IReadOnlyCollection<ConversationReference> references, CancellationToken cancellationToken);
}
