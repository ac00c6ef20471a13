using EngageBot.Core.State;
using System.Data.Common;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Outbox;

/// <summary>The <see cref="IOutbox"/> that turn code and features write ready messages to.</summary>
public sealed class MessageOutbox(IDatabase database, OutboxHolds holds, OutboxSignal signal, ParkedReplies parked, TimeProvider clock) : IOutbox
{
    public bool IsHolding(ConversationKey conversation) => holds.IsHolding(conversation);

    public async Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await database.WriteAsync((connection, transaction) => OutboxRows.AddAsync(connection, transaction, Entry(message), now, cancellationToken), cancellationToken);
        holds.Hold(message.ConversationKey);
        signal.Notify();
    }

    public Task ParkAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<OutboxMessage> replies, CancellationToken cancellationToken) =>
        parked.ParkAsync(connection, transaction, replies, cancellationToken);

    public Action<DbBatch>? ParkInBatch(IReadOnlyList<OutboxMessage> replies) => parked.ParkInBatch(replies);

    public Task DeliverParkedAsync(OutboxMessage reply, CancellationToken cancellationToken) => parked.DeliverAsync(reply, cancellationToken);

    public void Wake() => signal.Notify();

    /// <summary>The row of a ready message: its reference and activity as JSON.</summary>
    internal static OutboxEntry Entry(OutboxMessage message) => new(OutboxKind.Message, message.IdempotencyKey, message.MemberKey, message.ConversationKey)
    {
        ReferenceMember = ReferenceColumns.MemberOf(message.ConversationKey, message.Reference),
        ReferenceJson = JsonSerializer.Serialize(message.Reference, ProtocolJson.Default.ConversationReference),
        Payload = JsonSerializer.Serialize(message.Activity, ProtocolJson.Default.Activity),
    };
}
