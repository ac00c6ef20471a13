using System.Data.Common;
using EngageBot.Core.State;

namespace EngageBot.Core.Turns;

/// <summary>
/// The one durable outbox, as turn code and features see it: a message put here is delivered by the
/// dispatcher, retried with backoff until it is delivered or expires, across restarts, in order per
/// conversation.
/// </summary>
public interface IOutbox
{
    /// <summary>
    /// True while earlier messages to the conversation wait in the outbox: a new reply must then go behind
    /// them rather than overtake them.
    /// </summary>
    bool IsHolding(ConversationKey conversation);

    /// <summary>Writes the message durably (once per idempotency key) and wakes the dispatcher.</summary>
    Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a turn's replies inside the turn's own commit, parked for the live send that follows it: they reach the
    /// dispatcher only if that send fails, or the process dies before it settles them. In-process channels get the
    /// reply appended right here, in the same commit.
    /// </summary>
    Task ParkAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<OutboxMessage> replies, CancellationToken cancellationToken);

    /// <summary>
    /// What <see cref="ParkAsync"/> writes, as statements for PostgreSQL's one-batch turn commit; null when a reply needs the
    /// transaction itself (an in-process channel's append, checked and rolled back on its own).
    /// </summary>
    Action<DbBatch>? ParkInBatch(IReadOnlyList<OutboxMessage> replies) => null;

    /// <summary>
    /// Sends a parked reply now and settles its row (in-process channels: in the transaction that appends it, so
    /// exactly once); hands it to the dispatcher when it cannot go at once or an earlier message still waits.
    /// </summary>
    Task DeliverParkedAsync(OutboxMessage reply, CancellationToken cancellationToken);

    /// <summary>Wakes the dispatcher for rows another transaction wrote (sign-up news).</summary>
    void Wake();
}
