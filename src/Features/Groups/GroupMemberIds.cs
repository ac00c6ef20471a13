using EngageBot.Infrastructure;

namespace EngageBot.Features.Groups;

/// <summary>
/// Groups' public read of who is in them, for other features (notice audiences): member ids page by page in id
/// order, of one group or of every group (each member once).
/// </summary>
public sealed class GroupMemberIds(IDatabase database)
{
    /// <summary>Up to <paramref name="limit"/> member ids after <paramref name="after"/>; <paramref name="groupId"/> null for every group.</summary>
    public async Task<IReadOnlyList<string>> PageAsync(string? groupId, string after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = (groupId is null
            ? connection.Command("SELECT DISTINCT member_id FROM chat_group_members WHERE member_id > @after ORDER BY member_id LIMIT @n")
            : connection.Command("SELECT member_id FROM chat_group_members WHERE group_id = @g AND member_id > @after ORDER BY member_id LIMIT @n")
                .With("@g", groupId))
            .With("@after", after).With("@n", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var page = new List<string>(limit);
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add(reader.GetString(0));
        }

        return page;
    }
}
