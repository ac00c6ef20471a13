using EngageBot.Core.State;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Outbox;
using EngageBot.Features.Groups;

namespace EngageBot.Features.Notices;

/// <summary>
/// "groups" audiences: the members of a chat group, read through the Groups feature (<see cref="GroupMemberIds"/>).
/// Group members are users of the built-in Direct Line channel, which hosts every group (<c>member_id</c> =
/// <c>dl_{member number}</c>), so their member key is <see cref="GroupMember"/>, the same key sign-ups store for
/// them; the notice goes to each member's own 1:1 chat, found by the outbox.
/// </summary>
public sealed class GroupMembersSource(GroupMemberIds members) : IAudienceSource
{
    /// <summary>The member key of a group member (groups live on the built-in Direct Line channel).</summary>
    public static MemberKey GroupMember(string memberId) => new(DirectLineChannel.ChannelId, memberId);

    public AudienceKind Kind => AudienceKind.Groups;

    public async IAsyncEnumerable<AudienceMember> StreamAsync(string id, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var memberId in KeysetPager.StreamAsync((after, limit, ct) => members.PageAsync(id, after, limit, ct), cancellationToken))
        {
            yield return new AudienceMember(GroupMember(memberId));
        }
    }
}
