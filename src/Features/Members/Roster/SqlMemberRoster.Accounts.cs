using System.Data.Common;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Members.Roster;

public sealed partial class SqlMemberRoster
{
    public async Task<string?> FindByWeComAccountAsync(string userId, string? mobile, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var byUserId = connection.Command("SELECT member_number FROM members WHERE wecom_userid = @u AND status = 'active' LIMIT 2")
            .With("@u", userId);
        if (await OnlyAsync(byUserId, cancellationToken) is { } number)
        {
            return number;
        }

        if (PhoneNumber.Normalize(mobile) is not { } phone)
        {
            return null;
        }

        await using var byPhone = connection.Command("SELECT member_number FROM members WHERE phone = @p AND status = 'active' LIMIT 2")
            .With("@p", phone);
        return await OnlyAsync(byPhone, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> WeComHoldersAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var holders = new Dictionary<string, string>(StringComparer.Ordinal);
        await ReadWhereInAsync("SELECT wecom_userid, member_number FROM members WHERE wecom_userid", userIds,
            reader => holders.TryAdd(reader.GetString(0), reader.GetString(1)), cancellationToken);
        return holders;
    }

    private static async Task<string?> OnlyAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var first = await reader.ReadAsync(cancellationToken) ? reader.GetString(0) : null;
        return first is not null && !await reader.ReadAsync(cancellationToken) ? first : null;
    }
}
