using System.Globalization;
using EngageBot.Core.State;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Notices;

/// <summary>
/// Members' confirmations of notices (确认收到), in SQL both providers accept. Confirming twice keeps the first
/// confirmation; which notices a member got is the outbox's to say (<see cref="Outbox.OutboxDeliveries"/>).
/// </summary>
public sealed class ReceiptStore(IDatabase database)
{
    /// <summary>Records the confirmation; false when the member had already confirmed this notice.</summary>
    public Task<bool> ConfirmAsync(string noticeId, MemberKey member, string via, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = connection.Command(
                "INSERT INTO notice_receipts (notice_id, member_key, confirmed_at, via) VALUES (@n, @m, @at, @via) ON CONFLICT (notice_id, member_key) DO NOTHING",
                transaction).With("@n", noticeId).With("@m", member.Format()).With("@at", now.ToUnixTimeMilliseconds()).With("@via", via);
            return await insert.ExecuteNonQueryAsync(cancellationToken) > 0;
        }, cancellationToken);

    /// <summary>The confirmations among <paramref name="members"/> of one notice, by member.</summary>
    public async Task<IReadOnlyDictionary<MemberKey, Receipt>> AmongAsync(string noticeId, IReadOnlyCollection<MemberKey> members, CancellationToken cancellationToken)
    {
        var found = new Dictionary<MemberKey, Receipt>();
        await using var connection = await database.OpenReadAsync(cancellationToken);
        foreach (var chunk in members.Distinct().Chunk(200))
        {
            var names = string.Join(", ", chunk.Select((_, i) => "@m" + i.ToString(CultureInfo.InvariantCulture)));
            await using var command = connection.Command(
                $"SELECT member_key, confirmed_at, via FROM notice_receipts WHERE notice_id = @n AND member_key IN ({names})").With("@n", noticeId);
            for (var i = 0; i < chunk.Length; i++)
            {
                command.With("@m" + i.ToString(CultureInfo.InvariantCulture), chunk[i].Format());
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found[MemberKey.Parse(reader.GetString(0))] = new Receipt(
                    noticeId, DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture)), reader.GetString(2));
            }
        }

        return found;
    }

    /// <summary>Notices created since <paramref name="since"/> that ask for receipts and the member has not confirmed, newest first.</summary>
    public async Task<IReadOnlyList<string>> OpenForAsync(MemberKey member, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            """
            SELECT id FROM notices n
            WHERE n.asks_receipt = 1 AND n.kind = 'notice' AND n.created_at >= @since
              AND NOT EXISTS (SELECT 1 FROM notice_receipts r WHERE r.notice_id = n.id AND r.member_key = @m)
            ORDER BY n.created_at DESC, n.id LIMIT 100
            """).With("@since", since.ToUnixTimeMilliseconds()).With("@m", member.Format());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>The notice the member confirmed most recently since <paramref name="since"/>, if any.</summary>
    public async Task<string?> LastConfirmedAsync(MemberKey member, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT notice_id FROM notice_receipts WHERE member_key = @m AND confirmed_at >= @since ORDER BY confirmed_at DESC, notice_id LIMIT 1")
            .With("@m", member.Format()).With("@since", since.ToUnixTimeMilliseconds());
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>How many reminder rounds the notice has had (manual ones; the automatic one has its own id; a round's group posts end in -g{n}).</summary>
    public async Task<long> CountRoundsAsync(string noticeId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT COUNT(*) FROM notices WHERE reminds = @n AND kind = 'receipt_reminder' AND id <> @auto AND id NOT LIKE '%-g%'")
            .With("@n", noticeId).With("@auto", ReceiptReminders.AutoRoundId(noticeId));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
