using System.Globalization;
using EngageBot.Core.State;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Notices;

/// <summary>One member of a group a receipt-asking notice was posted into, as the group was when it was posted.</summary>
public sealed record GroupRecipient(long Id, ConversationKey Group, MemberKey Member, string Name);

/// <summary>How many members of one group a notice was posted to, and how many of them confirmed it.</summary>
public sealed record GroupReceiptCount(ConversationKey Group, long Members, long Confirmed);

/// <summary>
/// The members of the groups a receipt-asking notice was posted into (<c>notice_group_recipients</c>), written once
/// when it fires: writing them again (a recovered firing) adds nothing. Their confirmations are the
/// <see cref="ReceiptStore"/>'s, as for members reached 1:1.
/// </summary>
public sealed class GroupReceiptStore(IDatabase database)
{
    /// <summary>Records <paramref name="members"/> (id, display name) as recipients of the notice in <paramref name="group"/>; returns how many were new.</summary>
    public Task<int> AddAsync(string noticeId, ConversationKey group, IReadOnlyList<(MemberKey Member, string Name)> members, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var added = 0;
            foreach (var (member, name) in members)
            {
                await using var insert = connection.Command(
                    """
                    INSERT INTO notice_group_recipients (notice_id, group_key, member_key, name) VALUES (@n, @g, @m, @name)
                    ON CONFLICT (notice_id, group_key, member_key) DO NOTHING
                    """, transaction).With("@n", noticeId).With("@g", group.Format()).With("@m", member.Format()).With("@name", name);
                added += await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            return added;
        }, cancellationToken);

    /// <summary>The groups the notice was posted into that have recipients recorded.</summary>
    public async Task<IReadOnlySet<ConversationKey>> GroupsAsync(string noticeId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT DISTINCT group_key FROM notice_group_recipients WHERE notice_id = @n").With("@n", noticeId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var groups = new HashSet<ConversationKey>();
        while (await reader.ReadAsync(cancellationToken))
        {
            groups.Add(ConversationKey.Parse(reader.GetString(0)));
        }

        return groups;
    }

    /// <summary>Per group the notice was posted into: how many members it was posted to, and how many of them confirmed.</summary>
    public async Task<IReadOnlyList<GroupReceiptCount>> CountAsync(string noticeId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            """
            SELECT g.group_key, COUNT(*),
                   SUM(CASE WHEN EXISTS (SELECT 1 FROM notice_receipts r WHERE r.notice_id = g.notice_id AND r.member_key = g.member_key) THEN 1 ELSE 0 END)
            FROM notice_group_recipients g WHERE g.notice_id = @n GROUP BY g.group_key ORDER BY g.group_key
            """).With("@n", noticeId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new List<GroupReceiptCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new GroupReceiptCount(ConversationKey.Parse(reader.GetString(0)),
                Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }

        return counts;
    }

    /// <summary>Up to <paramref name="limit"/> group recipients of the notice after row <paramref name="after"/>, in row order.</summary>
    public async Task<IReadOnlyList<GroupRecipient>> PageAsync(string noticeId, long after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT id, group_key, member_key, name FROM notice_group_recipients WHERE notice_id = @n AND id > @after ORDER BY id LIMIT @limit")
            .With("@n", noticeId).With("@after", after).With("@limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var page = new List<GroupRecipient>(limit);
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add(new GroupRecipient(
                Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), ConversationKey.Parse(reader.GetString(1)), MemberKey.Parse(reader.GetString(2)), reader.GetString(3)));
        }

        return page;
    }

    /// <summary>
    /// The newest notice since <paramref name="since"/> posted into <paramref name="group"/> with <paramref name="member"/> among its
    /// recipients, that the member has not confirmed: what a "收到" typed in the group confirms.
    /// </summary>
    public async Task<string?> OpenInGroupAsync(ConversationKey group, MemberKey member, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            """
            SELECT n.id FROM notice_group_recipients g JOIN notices n ON n.id = g.notice_id
            WHERE g.member_key = @m AND g.group_key = @g AND n.created_at >= @since AND n.status <> 'cancelled'
              AND NOT EXISTS (SELECT 1 FROM notice_receipts r WHERE r.notice_id = n.id AND r.member_key = @m)
            ORDER BY n.created_at DESC, n.id LIMIT 1
            """).With("@m", member.Format()).With("@g", group.Format()).With("@since", since.ToUnixTimeMilliseconds());
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
