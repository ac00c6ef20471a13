using System.Data.Common;
using System.Globalization;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Groups;

/// <summary>Groups and their members, in SQL both providers accept.</summary>
public sealed class GroupStore(IDatabase database, TimeProvider clock)
{
    private const string SelectGroup =
        """
        SELECT g.group_id, g.name, g.invite_code, g.notice, g.notice_updated_at,
               (SELECT COUNT(*) FROM chat_group_members m WHERE m.group_id = g.group_id)
        FROM chat_groups g
        """;

    public Task CreateAsync(string groupId, string name, string inviteCode, string createdBy, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = connection.Command(
                """
                INSERT INTO chat_groups (group_id, name, invite_code, created_by, created_at) VALUES (@g, @n, @i, @c, @t)
                """, transaction)
                .With("@g", groupId).With("@n", name).With("@i", inviteCode).With("@c", createdBy).With("@t", Now());
            return await insert.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public async Task<GroupRecord?> FindAsync(string groupId, CancellationToken cancellationToken) =>
        (await QueryGroupsAsync(SelectGroup + " WHERE g.group_id = @p", groupId, cancellationToken)).SingleOrDefault();

    public async Task<GroupRecord?> FindByInviteAsync(string inviteCode, CancellationToken cancellationToken) =>
        (await QueryGroupsAsync(SelectGroup + " WHERE g.invite_code = @p", inviteCode, cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<GroupRecord>> ListAsync(CancellationToken cancellationToken) =>
        QueryGroupsAsync(SelectGroup + " ORDER BY g.created_at", null, cancellationToken);

    public Task<IReadOnlyList<GroupRecord>> ListForMemberAsync(string memberId, CancellationToken cancellationToken) =>
        QueryGroupsAsync(SelectGroup + " WHERE g.group_id IN (SELECT group_id FROM chat_group_members WHERE member_id = @p) ORDER BY g.created_at",
            memberId, cancellationToken);

    /// <summary>Adds the member (or renames them); true when they were not a member before.</summary>
    public Task<bool> AddMemberAsync(string groupId, string memberId, string name, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var exists = connection.Command("SELECT 1 FROM chat_group_members WHERE group_id = @g AND member_id = @m", transaction)
                .With("@g", groupId).With("@m", memberId);
            var isNew = await exists.ExecuteScalarAsync(cancellationToken) is null;
            await using var upsert = connection.Command(
                """
                INSERT INTO chat_group_members (group_id, member_id, name, joined_at) VALUES (@g, @m, @n, @t)
                ON CONFLICT (group_id, member_id) DO UPDATE SET name = excluded.name
                """, transaction)
                .With("@g", groupId).With("@m", memberId).With("@n", name).With("@t", Now());
            await upsert.ExecuteNonQueryAsync(cancellationToken);
            return isNew;
        }, cancellationToken);

    /// <summary>Removes the member; true when they were one.</summary>
    public Task<bool> RemoveMemberAsync(string groupId, string memberId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var delete = connection.Command("DELETE FROM chat_group_members WHERE group_id = @g AND member_id = @m", transaction)
                .With("@g", groupId).With("@m", memberId);
            return await delete.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    public async Task<GroupMemberRecord?> FindMemberAsync(string groupId, string memberId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT name, joined_at FROM chat_group_members WHERE group_id = @g AND member_id = @m")
            .With("@g", groupId).With("@m", memberId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new GroupMemberRecord(memberId, reader.GetString(0), reader.GetInt64(1)) : null;
    }

    public async Task<IReadOnlyList<GroupMemberRecord>> MembersAsync(string groupId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT member_id, name, joined_at FROM chat_group_members WHERE group_id = @g ORDER BY joined_at, member_id")
            .With("@g", groupId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var members = new List<GroupMemberRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            members.Add(new GroupMemberRecord(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return members;
    }

    public Task<bool> SetNoticeAsync(string groupId, string? notice, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var update = connection.Command("UPDATE chat_groups SET notice = @n, notice_updated_at = @t WHERE group_id = @g", transaction)
                .With("@g", groupId).With("@n", notice).With("@t", Now());
            return await update.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    private async Task<IReadOnlyList<GroupRecord>> QueryGroupsAsync(string sql, string? parameter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(sql);
        if (parameter is not null)
        {
            command.With("@p", parameter);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var groups = new List<GroupRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            groups.Add(Read(reader));
        }

        return groups;
    }

    private static GroupRecord Read(DbDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetStringOrNull(3),
        reader.IsDBNull(4) ? null : reader.GetInt64(4),
        Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture));

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
