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

    /// <summary>Wakes the dispatcher for rows another transaction wrote (sign-up news).</summary>
    void Wake();
}
