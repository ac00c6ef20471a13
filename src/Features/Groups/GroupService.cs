using System.Security.Cryptography;
using EngageBot.Core.Protocol;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Groups;

/// <summary>
/// Groups as staff and members use them: create, add and remove members, join by invite code, list, and
/// the pinned notice. Every membership change shows in the group as a conversationUpdate.
/// </summary>
public sealed class GroupService(GroupStore store, IGroupChannel channel) : IGroupMembership
{
    private const string InviteAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<GroupRecord> CreateAsync(string name, string createdBy, CancellationToken cancellationToken)
    {
        var groupId = "g_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var invite = new string([.. Enumerable.Range(0, 8).Select(_ => InviteAlphabet[RandomNumberGenerator.GetInt32(InviteAlphabet.Length)])]);
        await channel.CreateConversationAsync(groupId, cancellationToken);
        await store.CreateAsync(groupId, name, invite, createdBy, cancellationToken);
        return (await store.FindAsync(groupId, cancellationToken))!;
    }

    public Task<GroupRecord?> FindAsync(string groupId, CancellationToken cancellationToken) => store.FindAsync(groupId, cancellationToken);

    public Task<IReadOnlyList<GroupRecord>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    public Task<IReadOnlyList<GroupRecord>> ListForMemberAsync(string memberId, CancellationToken cancellationToken) =>
        store.ListForMemberAsync(memberId, cancellationToken);

    public Task<IReadOnlyList<GroupMemberRecord>> MembersAsync(string groupId, CancellationToken cancellationToken) =>
        store.MembersAsync(groupId, cancellationToken);

    public async Task<bool> IsMemberAsync(string groupId, string memberId, CancellationToken cancellationToken) =>
        await store.FindMemberAsync(groupId, memberId, cancellationToken) is not null;

    /// <summary>Adds a member; false when the group does not exist.</summary>
    public async Task<bool> AddMemberAsync(string groupId, string memberId, string name, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(groupId, cancellationToken) is null)
        {
            return false;
        }

        if (await store.AddMemberAsync(groupId, memberId, name, cancellationToken))
        {
            await channel.PostAsync(groupId, Update(groupId, added: new ChannelAccount { Id = memberId, Name = name }), cancellationToken);
        }

        return true;
    }

    /// <summary>Joins the group the invite code belongs to; null when no group has that code.</summary>
    public async Task<GroupRecord?> JoinAsync(string inviteCode, string memberId, string name, CancellationToken cancellationToken)
    {
        var group = await store.FindByInviteAsync(inviteCode.Trim().ToUpperInvariant(), cancellationToken);
        if (group is null)
        {
            return null;
        }

        await AddMemberAsync(group.GroupId, memberId, name, cancellationToken);
        return await store.FindAsync(group.GroupId, cancellationToken);
    }

    /// <summary>Removes a member and closes their streams; false when they were not a member.</summary>
    public async Task<bool> RemoveMemberAsync(string groupId, string memberId, CancellationToken cancellationToken)
    {
        var member = await store.FindMemberAsync(groupId, memberId, cancellationToken);
        if (member is null || !await store.RemoveMemberAsync(groupId, memberId, cancellationToken))
        {
            return false;
        }

        channel.Disconnect(groupId, memberId);
        await channel.PostAsync(groupId, Update(groupId, removed: new ChannelAccount { Id = memberId, Name = member.Name }), cancellationToken);
        return true;
    }

    /// <summary>Pins the notice (群公告) and posts it into the group; false when the group does not exist.</summary>
    public async Task<bool> SetNoticeAsync(string groupId, string notice, CancellationToken cancellationToken)
    {
        if (!await store.SetNoticeAsync(groupId, notice, cancellationToken))
        {
            return false;
        }

        await channel.PostAsync(groupId, new Activity
        {
            Type = ActivityTypes.Message,
            Text = GroupTexts.NoticePosted.Zh + notice,
            Locale = "zh-CN",
        }, cancellationToken);
        return true;
    }

    private static Activity Update(string groupId, ChannelAccount? added = null, ChannelAccount? removed = null) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Conversation = new ConversationAccount { Id = groupId, IsGroup = true },
        From = added ?? removed,
        MembersAdded = added is null ? null : [added],
        MembersRemoved = removed is null ? null : [removed],
    };
}
