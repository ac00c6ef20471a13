using EngageBot.Features.Outbox;
using EngageBot.Features.Groups;

namespace EngageBot.Features.Notices;

/// <summary>"all" also reaches every group member (each once, whatever groups they are in), in their own 1:1 chat (read through <see cref="GroupMemberIds"/>).</summary>
public sealed class AllGroupMembersSource(GroupMemberIds members) : IReachableMembersSource
{
    public async IAsyncEnumerable<AudienceMember> StreamAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var memberId in KeysetPager.StreamAsync((after, limit, ct) => members.PageAsync(null, after, limit, ct), cancellationToken))
        {
            yield return new AudienceMember(GroupMembersSource.GroupMember(memberId));
        }
    }
}
