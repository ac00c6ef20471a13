using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Members.Roster;

namespace EngageBot.Features.Members;

/// <summary>
/// A token names a member (<c>dl_{number}</c> of a rostered number) only with the member's current session
/// version, and only while they are active: one primary-key read of the roster per check, no cache, so every
/// instance sees a sign-out or a deactivation at once. Ids that are not on the roster (Web Chat users the Direct
/// Line secret's holder named) pass as before, as long as the token claims no session.
/// </summary>
public sealed class MemberSessionCheck(IMemberRoster roster) : ISessionRevocation
{
    public async ValueTask<bool> IsCurrentAsync(DirectLineTokenClaims claims, CancellationToken cancellationToken)
    {
        if (!claims.UserId.StartsWith(MemberIdentity.UserIdPrefix, StringComparison.Ordinal) || claims.UserId.Length == MemberIdentity.UserIdPrefix.Length)
        {
            return claims.SessionVersion is null;
        }

        var member = await roster.FindAsync(claims.UserId[MemberIdentity.UserIdPrefix.Length..], cancellationToken);
        return member is null
            ? claims.SessionVersion is null
            : member.IsActive && claims.SessionVersion == member.SessionVersion;
    }
}
