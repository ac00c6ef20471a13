using System.Data.Common;
using EngageBot.Core.State;
using EngageBot.Features.Privacy;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Channels.Tencent.Binding;

/// <summary>
/// The <c>channel_member_bindings</c> table: which roster member a WeChat openid or WeCom userid is. Each change is
/// one conditional statement, so two pages binding at once cannot give an account two members.
/// </summary>
public sealed class ChannelBindingStore(IDatabase database) : IDataSubjectLinks
{
    /// <summary>The member number the account is bound to, or null.</summary>
    public async Task<string?> FindMemberAsync(BindingChannel channel, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT member_number FROM channel_member_bindings WHERE channel_id = @c AND user_id = @u")
            .With("@c", channel.Id()).With("@u", userId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<IReadOnlyList<ChannelBinding>> ListForMemberAsync(string memberNumber, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        return await ListAsync(connection, null, memberNumber, cancellationToken);
    }

    /// <summary>The member's bound accounts as member keys, so their export and erasure reach those too.</summary>
    public async Task<IReadOnlyList<MemberKey>> LinkedAsync(string memberNumber, CancellationToken cancellationToken) =>
        [.. (await ListForMemberAsync(memberNumber, cancellationToken)).SelectMany(b => b.Channel.AccountChannelIds().Select(c => new MemberKey(c, b.UserId)))];

    public async Task<string?> MemberOfAsync(MemberKey account, CancellationToken cancellationToken) =>
        BindingChannels.TryParseAccount(account.ChannelId, out var channel) ? await FindMemberAsync(channel, account.UserId, cancellationToken) : null;

    public Task<BindOutcome> BindAccountAsync(BindingChannel channel, string userId, string memberNumber, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var owner = connection.Command(
                "SELECT member_number FROM channel_member_bindings WHERE channel_id = @c AND user_id = @u", transaction)
                .With("@c", channel.Id()).With("@u", userId))
            {
                if (await owner.ExecuteScalarAsync(cancellationToken) is string bound)
                {
                    return bound == memberNumber ? BindOutcome.AlreadyBound : BindOutcome.TakenByOther;
                }
            }

            // The member's earlier account on this channel (a new phone, a new WeChat) gives way.
            await using (var earlier = connection.Command(
                "DELETE FROM channel_member_bindings WHERE channel_id = @c AND member_number = @n", transaction)
                .With("@c", channel.Id()).With("@n", memberNumber))
            {
                await earlier.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var insert = connection.Command(
                """
                INSERT INTO channel_member_bindings (channel_id, user_id, member_number, bound_at) VALUES (@c, @u, @n, @t)
                ON CONFLICT DO NOTHING
                """, transaction)
                .With("@c", channel.Id()).With("@u", userId).With("@n", memberNumber).With("@t", now.ToUnixTimeMilliseconds());
            return await insert.ExecuteNonQueryAsync(cancellationToken) == 1 ? BindOutcome.Bound : BindOutcome.TakenByOther;
        }, cancellationToken);

    /// <summary>Removes the member's binding on the channel; false when there was none.</summary>
    public Task<bool> UnbindAsync(BindingChannel channel, string memberNumber, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var delete = connection.Command(
                "DELETE FROM channel_member_bindings WHERE channel_id = @c AND member_number = @n", transaction)
                .With("@c", channel.Id()).With("@n", memberNumber);
            return await delete.ExecuteNonQueryAsync(cancellationToken) > 0;
        }, cancellationToken);

    internal static async Task<IReadOnlyList<ChannelBinding>> ListAsync(
        DbConnection connection, DbTransaction? transaction, string memberNumber, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "SELECT channel_id, user_id, member_number, bound_at FROM channel_member_bindings WHERE member_number = @n ORDER BY channel_id", transaction)
            .With("@n", memberNumber);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<ChannelBinding>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (BindingChannels.TryParse(reader.GetString(0), out var channel))
            {
                found.Add(new ChannelBinding(channel, reader.GetString(1), reader.GetString(2), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3))));
            }
        }

        return found;
    }
}
