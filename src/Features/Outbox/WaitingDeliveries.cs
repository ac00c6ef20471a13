using EngageBot.Core.State;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Outbox;

/// <summary>
/// Notices held for members who have not signed in yet (status "waiting"): released to "pending" when the member's
/// 1:1 chat starts, so the dispatcher delivers them into it; and, at start-up, those whose chat started meanwhile.
/// </summary>
public sealed class WaitingDeliveries(IDatabase database, OutboxSignal signal, TimeProvider clock)
{
    /// <summary>Releases what waits for this conversation; the number of rows released.</summary>
    public async Task<int> ReleaseAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        var released = await database.WriteAsync(async (connection, transaction) =>
        {
            await using var update = connection.Command(
                "UPDATE outbox SET status = 'pending', next_attempt_at = @now, updated_at = @now WHERE status = 'waiting' AND reference_key = @k", transaction)
                .With("@k", conversation.Format()).With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
            return await update.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
        if (released > 0)
        {
            signal.Notify();
        }

        return released;
    }

    /// <summary>Releases every waiting row whose conversation now exists (its reference is stored): a start-up sweep.</summary>
    public Task<int> ReleaseStartedAsync(CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var update = connection.Command(
                """
                UPDATE outbox SET status = 'pending', next_attempt_at = @now, updated_at = @now
                WHERE status = 'waiting' AND EXISTS (SELECT 1 FROM conversation_references r
                    WHERE r.member_key = outbox.reference_member AND r.key = outbox.reference_key)
                """, transaction).With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
            return await update.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
}
