using EngageBot.Core.State;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Outbox;
using EngageBot.Features.SignUps;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Notices;

/// <summary>Members' notice preference (table notice_subscriptions); a firing asks it which recipients to leave out.</summary>
public sealed class SubscriptionStore(IDatabase database, TimeProvider clock) : INoticeSubscriptions
{
    public Task SetAsync(MemberKey member, bool subscribed, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var upsert = connection.Command(
                """
                INSERT INTO notice_subscriptions (member_key, subscribed, updated_at) VALUES (@m, @s, @t)
                ON CONFLICT (member_key) DO UPDATE SET subscribed = excluded.subscribed, updated_at = excluded.updated_at
                """, transaction)
                .With("@m", member.Format()).With("@s", subscribed ? 1 : 0).With("@t", clock.GetUtcNow().ToUnixTimeMilliseconds());
            return await upsert.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public async Task<bool> IsSubscribedAsync(MemberKey member, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT subscribed FROM notice_subscriptions WHERE member_key = @m").With("@m", member.Format());
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null || Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) != 0;
    }

    /// <summary>Those of <paramref name="members"/> who unsubscribed from notices.</summary>
    public async Task<IReadOnlySet<MemberKey>> UnsubscribedAsync(IReadOnlyCollection<MemberKey> members, CancellationToken cancellationToken)
    {
        var unsubscribed = new HashSet<MemberKey>();
        await using var connection = await database.OpenReadAsync(cancellationToken);
        foreach (var chunk in members.Distinct().Chunk(500))
        {
            var names = string.Join(", ", chunk.Select((_, i) => "@m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await using var command = connection.Command($"SELECT member_key FROM notice_subscriptions WHERE subscribed = 0 AND member_key IN ({names})");
            for (var i = 0; i < chunk.Length; i++)
            {
                command.With("@m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), chunk[i].Format());
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                unsubscribed.Add(MemberKey.Parse(reader.GetString(0)));
            }
        }

        return unsubscribed;
    }
}
