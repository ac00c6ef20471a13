using EngageBot.Core.State;
using System.Globalization;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Outbox;

/// <summary>
/// What the outbox can tell about a notice's deliveries: per recipient, a page at a time in row order; counted by
/// status, by firing, or over many notices. Notices and the console ask here; only the outbox reads its table.
/// </summary>
public sealed class OutboxDeliveries(IDatabase database)
{
    private const int Chunk = 500;

    /// <summary>The notice's recipients counted by where their message stands.</summary>
    public async Task<DeliveryCounts> CountAsync(string noticeId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT status, COUNT(*) FROM outbox WHERE notice_id = @id GROUP BY status").With("@id", noticeId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<DeliveryStatus, long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var status = Parse(reader.GetString(0));
            counts[status] = counts.GetValueOrDefault(status) + Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return new DeliveryCounts(
            counts.GetValueOrDefault(DeliveryStatus.Sent), counts.GetValueOrDefault(DeliveryStatus.Pending), counts.GetValueOrDefault(DeliveryStatus.Failed),
            counts.GetValueOrDefault(DeliveryStatus.Skipped), counts.GetValueOrDefault(DeliveryStatus.WaitingForSignIn));
    }

    /// <summary>Rows one firing wrote (its recipients, whatever became of them).</summary>
    public async Task<long> CountFiringAsync(string firingId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT COUNT(*) FROM outbox WHERE firing_id = @id").With("@id", firingId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>How many of <paramref name="noticeIds"/> reached at least one recipient.</summary>
    public async Task<long> CountReachedAsync(IReadOnlyCollection<string> noticeIds, CancellationToken cancellationToken)
    {
        long reached = 0;
        await using var connection = await database.OpenReadAsync(cancellationToken);
        foreach (var chunk in noticeIds.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            var names = string.Join(", ", chunk.Select((_, i) => "@n" + i.ToString(CultureInfo.InvariantCulture)));
            await using var command = connection.Command($"SELECT COUNT(DISTINCT notice_id) FROM outbox WHERE status = 'sent' AND notice_id IN ({names})");
            for (var i = 0; i < chunk.Length; i++)
            {
                command.With("@n" + i.ToString(CultureInfo.InvariantCulture), chunk[i]);
            }

            reached += Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        return reached;
    }

    /// <summary>Which of <paramref name="noticeIds"/> reached <paramref name="member"/> (a row of theirs was sent).</summary>
    public async Task<IReadOnlySet<string>> SentToAsync(MemberKey member, IReadOnlyCollection<string> noticeIds, CancellationToken cancellationToken)
    {
        var sent = new HashSet<string>(StringComparer.Ordinal);
        await using var connection = await database.OpenReadAsync(cancellationToken);
        foreach (var chunk in noticeIds.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            var names = string.Join(", ", chunk.Select((_, i) => "@n" + i.ToString(CultureInfo.InvariantCulture)));
            await using var command = connection.Command($"SELECT DISTINCT notice_id FROM outbox WHERE status = 'sent' AND member_key = @m AND notice_id IN ({names})")
                .With("@m", member.Format());
            for (var i = 0; i < chunk.Length; i++)
            {
                command.With("@n" + i.ToString(CultureInfo.InvariantCulture), chunk[i]);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                sent.Add(reader.GetString(0));
            }
        }

        return sent;
    }

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
            page.Add(Read(reader));
        }

        return page;
    }

    /// <summary>The notice's newest delivery to <paramref name="member"/> (a group post's, for its members' receipts), if any.</summary>
    public async Task<Delivery?> OfMemberAsync(string noticeId, MemberKey member, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT id, member_key, firing_id, status, reason, attempts, updated_at FROM outbox WHERE notice_id = @notice AND member_key = @m ORDER BY id DESC LIMIT 1")
            .With("@notice", noticeId).With("@m", member.Format());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static Delivery Read(System.Data.Common.DbDataReader reader) => new(
        reader.GetInt64(0), MemberKey.Parse(reader.GetString(1)), reader.GetStringOrNull(2), Parse(reader.GetString(3)), reader.GetStringOrNull(4),
        Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture),
        DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(reader.GetValue(6), CultureInfo.InvariantCulture)));

    private static DeliveryStatus Parse(string status) => OutboxStatusNames.Parse(status) switch
    {
        OutboxStatus.Sent => DeliveryStatus.Sent,
        OutboxStatus.Failed => DeliveryStatus.Failed,
        OutboxStatus.Skipped => DeliveryStatus.Skipped,
        OutboxStatus.Waiting => DeliveryStatus.WaitingForSignIn,
        _ => DeliveryStatus.Pending,
    };
}
