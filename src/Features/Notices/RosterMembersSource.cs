using EngageBot.Features.Members;
using EngageBot.Features.Members.Roster;

namespace EngageBot.Features.Notices;

/// <summary>"all" reaches every active member of the roster, whether or not they have signed in yet.</summary>
public sealed class RosterMembersSource(IRosterAudience roster) : IReachableMembersSource
{
    public async IAsyncEnumerable<AudienceMember> StreamAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var number in roster.StreamActiveAsync(unit: null, cancellationToken))
        {
            yield return new AudienceMember(MemberDirectChat.MemberKey(number));
        }
    }
}
