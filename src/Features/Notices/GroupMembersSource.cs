using EngageBot.Core.State;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Notices;

/// <summary>
/// "groups" audiences: the members of a chat group (groups tables). Group members are users of the built-in
/// Direct Line channel, which hosts every group (<c>member_id</c> = <c>dl_{member number}</c>), so their member key
/// is <see cref="GroupMember"/>, the same key sign-ups store for them; the notice goes to each member's own 1:1
/// chat, found by the outbox.
/// </summary>
public sealed class GroupMembersSource(IDatabase database) : IAudienceSource
{
    /// <summary>The member key of a group member (groups live on the built-in Direct Line channel).</summary>
    public static MemberKey GroupMember(string memberId) => new(DirectLineChannel.ChannelId, memberId);

    public AudienceKind Kind => AudienceKind.Groups;

    public async IAsyncEnumerable<AudienceMember> StreamAsync(string id, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var memberId in KeysetPager.StreamAsync(
            database,
            "SELECT member_id FROM chat_group_members WHERE group_id = @g AND member_id > @after ORDER BY member_id LIMIT @n",
            [("@g", id)],
            cancellationToken))
        {
            yield return new AudienceMember(GroupMember(memberId));
        }
    }
}
