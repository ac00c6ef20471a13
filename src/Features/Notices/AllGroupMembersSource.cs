using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Notices;

/// <summary>"all" also reaches every group member (each once, whatever groups they are in), in their own 1:1 chat.</summary>
public sealed class AllGroupMembersSource(IDatabase database) : IReachableMembersSource
{
    public async IAsyncEnumerable<AudienceMember> StreamAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var memberId in KeysetPager.StreamAsync(
            database,
            "SELECT DISTINCT member_id FROM chat_group_members WHERE member_id > @after ORDER BY member_id LIMIT @n",
            [],
            cancellationToken))
        {
            yield return new AudienceMember(GroupMembersSource.GroupMember(memberId));
        }
    }
}
