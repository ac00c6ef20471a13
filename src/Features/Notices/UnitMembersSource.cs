using EngageBot.Features.Members;
using EngageBot.Features.Members.Roster;

namespace EngageBot.Features.Notices;

/// <summary>
/// "units" audiences: the active members of a roster unit and of every unit under it, each in their 1:1 chat on
/// the built-in channel (also those who have not signed in yet: their copy waits there, see <see cref="RosterRecipients"/>).
/// </summary>
public sealed class UnitMembersSource(IRosterAudience roster) : IAudienceSource
{
    public AudienceKind Kind => AudienceKind.Units;

    public async IAsyncEnumerable<AudienceMember> StreamAsync(string id, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var number in roster.StreamActiveAsync(UnitPath.Normalize(id) ?? id, cancellationToken))
        {
            yield return new AudienceMember(MemberDirectChat.MemberKey(number));
        }
    }
}
