using System.Data.Common;
using EngageBot.Core.Privacy;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Groups;

/// <summary>
/// Groups' share: which groups the member is in, under what name, and the groups they created. Erasing takes the
/// member out of every group; a group they created stays for its other members, no longer naming its creator.
/// Their messages in groups are Direct Line's and the transcript's share.
/// </summary>
public sealed class GroupsPersonalData : IPersonalData
{
    /// <summary>What a group created by an erased member names as its creator.</summary>
    public const string ErasedCreator = "erased";

    public async Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var memberships = connection.Command(
            """
            SELECT m.group_id, g.name AS group_name, m.name, m.joined_at FROM chat_group_members m
            LEFT JOIN chat_groups g ON g.group_id = m.group_id WHERE m.member_id = @u ORDER BY m.joined_at
            """).With("@u", subject.UserId);
        await using var created = connection.Command("SELECT group_id, name, created_at FROM chat_groups WHERE created_by = @u ORDER BY created_at")
            .With("@u", subject.UserId);
        return
        [
            new("groupMemberships", "所在群组", "Group memberships", await PersonalRows.ReadAsync(memberships, cancellationToken), "joined_at"),
            new("groupsCreated", "创建的群组", "Groups you created", await PersonalRows.ReadAsync(created, cancellationToken), "created_at"),
        ];
    }

    public async Task<IReadOnlyList<ErasedRows>> EraseAsync(
        DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken)
    {
        await using var leave = connection.Command("DELETE FROM chat_group_members WHERE member_id = @u", transaction).With("@u", subject.UserId);
        var left = await leave.ExecuteNonQueryAsync(cancellationToken);
        await using var creator = connection.Command("UPDATE chat_groups SET created_by = @e WHERE created_by = @u", transaction)
            .With("@e", ErasedCreator).With("@u", subject.UserId);
        var created = await creator.ExecuteNonQueryAsync(cancellationToken);
        return [new("groupMemberships", left, 0), new("groupsCreated", 0, created)];
    }
}
