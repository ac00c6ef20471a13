using EngageBot.Core.State;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Outbox;

/// <summary>The <see cref="IOutbox"/> that turn code and features write ready messages to.</summary>
public sealed class MessageOutbox(IDatabase database, OutboxHolds holds, OutboxSignal signal, TimeProvider clock) : IOutbox
{
    public bool IsHolding(ConversationKey conversation) => holds.IsHolding(conversation);

    public async Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var entry = new OutboxEntry(OutboxKind.Message, message.IdempotencyKey, message.MemberKey, message.ConversationKey)
        {
            ReferenceJson = JsonSerializer.Serialize(message.Reference, ProtocolJson.Default.ConversationReference),
            Payload = JsonSerializer.Serialize(message.Activity, ProtocolJson.Default.Activity),
        };
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await database.WriteAsync((connection, transaction) => OutboxRows.AddAsync(connection, transaction, entry, now, cancellationToken), cancellationToken);
        holds.Hold(message.ConversationKey);
        signal.Notify();
    }

    public void Wake() => signal.Notify();
}
