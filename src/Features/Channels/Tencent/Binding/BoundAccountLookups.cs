using System.Globalization;
using EngageBot.Core.State;
using EngageBot.Features.Notices;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Channels.Tencent.Binding;

/// <summary>
/// Batch questions of <c>channel_member_bindings</c> for notices (<see cref="IBoundAccounts"/>): which member a page of
/// accounts is, and which accounts a page of members has. One query per channel and chunk, on the table's two keys.
/// </summary>
public sealed class BoundAccountLookups(IDatabase database) : IBoundAccounts
{
    private const int Chunk = 500;

    public async Task<IReadOnlyDictionary<MemberKey, string>> MembersOfAsync(IReadOnlyCollection<MemberKey> accounts, CancellationToken cancellationToken)
    {
        var found = new Dictionary<MemberKey, string>();
        var byChannel = accounts.Distinct()
            .Select(a => (Ok: BindingChannels.TryParse(a.ChannelId, out var channel), Channel: channel, Account: a))
            .Where(a => a.Ok).GroupBy(a => a.Channel).ToList();
        if (byChannel.Count == 0)
        {
            return found;
        }

        await using var connection = await database.OpenReadAsync(cancellationToken);
        foreach (var group in byChannel)
        {
            foreach (var chunk in group.Select(a => a.Account.UserId).Chunk(Chunk))
            {
                await using var command = InCommand(connection, "SELECT user_id, member_number FROM channel_member_bindings WHERE channel_id = @c AND user_id IN", group.Key, chunk);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    found[new MemberKey(group.Key.Id(), reader.GetString(0))] = reader.GetString(1);
                }
            }
        }

        return found;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<MemberKey>>> AccountsOfAsync(
        IReadOnlyCollection<string> memberNumbers, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, List<MemberKey>>(StringComparer.Ordinal);
        if (memberNumbers.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<MemberKey>>();
        }

        await using var connection = await database.OpenReadAsync(cancellationToken);
        // WeChat before WeCom: the member's own 公众号 chat is where a union notice is expected first.
        foreach (var channel in Enum.GetValues<BindingChannel>())
        {
            foreach (var chunk in memberNumbers.Distinct(StringComparer.Ordinal).Chunk(Chunk))
            {
                await using var command = InCommand(connection, "SELECT member_number, user_id FROM channel_member_bindings WHERE channel_id = @c AND member_number IN", channel, chunk);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var number = reader.GetString(0);
                    if (!found.TryGetValue(number, out var list))
                    {
                        found[number] = list = [];
                    }

                    list.Add(new MemberKey(channel.Id(), reader.GetString(1)));
                }
            }
        }

        return found.ToDictionary(p => p.Key, p => (IReadOnlyList<MemberKey>)p.Value, StringComparer.Ordinal);
    }

    private static System.Data.Common.DbCommand InCommand(System.Data.Common.DbConnection connection, string sql, BindingChannel channel, string[] values)
    {
        var names = string.Join(", ", values.Select((_, i) => "@v" + i.ToString(CultureInfo.InvariantCulture)));
        var command = connection.Command($"{sql} ({names})").With("@c", channel.Id());
        for (var i = 0; i < values.Length; i++)
        {
            command.With("@v" + i.ToString(CultureInfo.InvariantCulture), values[i]);
        }

        return command;
    }
}
