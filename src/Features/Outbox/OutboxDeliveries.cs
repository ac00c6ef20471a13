using EngageBot.Core.State;
using System.Globalization;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Outbox;

/// <summary>Per-recipient delivery state of a notice, read from the outbox that owns it, a page at a time in row order.</summary>
public sealed class OutboxDeliveries(IDatabase database)
{
    /// <summary>Up to <paramref name="limit"/> deliveries of the notice after row <paramref name="after"/>, optionally of one status.</summary>
    public async Task<IReadOnlyList<Delivery>> ListAsync(string noticeId, DeliveryStatus? status, long after, int limit, CancellationToken cancellationToken)
    {
        var statuses = status switch
        {
            null => "'pending', 'sending', 'sent', 'failed', 'skipped', 'waiting'",
            DeliveryStatus.Pending => "'pending', 'sending'",
            DeliveryStatus.Sent => "'sent'",
            DeliveryStatus.Failed => "'failed'",
            DeliveryStatus.WaitingForSignIn => "'waiting'",
            _ => "'skipped'",
        };
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            SELECT id, member_key, firing_id, status, reason, attempts, updated_at FROM outbox
            WHERE notice_id = @notice AND status IN ({statuses}) AND id > @after
            ORDER BY id LIMIT @n
            """).With("@notice", noticeId).With("@after", after).With("@n", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var page = new List<Delivery>();
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add(new Delivery(
                reader.GetInt64(0), MemberKey.Parse(reader.GetString(1)), reader.GetStringOrNull(2), Parse(reader.GetString(3)), reader.GetStringOrNull(4),
                Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture),
                DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(reader.GetValue(6), CultureInfo.InvariantCulture))));
        }

        return page;
    }

    private static DeliveryStatus Parse(string status) => OutboxStatusNames.Parse(status) switch
    {
        OutboxStatus.Sent => DeliveryStatus.Sent,
        OutboxStatus.Failed => DeliveryStatus.Failed,
        OutboxStatus.Skipped => DeliveryStatus.Skipped,
        OutboxStatus.Waiting => DeliveryStatus.WaitingForSignIn,
        _ => DeliveryStatus.Pending,
    };
}
