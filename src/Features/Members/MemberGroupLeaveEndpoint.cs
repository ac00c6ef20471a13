using EngageBot.Core.Turns;
using EngageBot.Features.Groups;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Members;

/// <summary>
/// <c>POST /api/members/groups/{groupId}/leave</c>: the signed-in member leaves one of their groups. Who leaves comes
/// from the session token alone; the group sees "… left" and the member's open streams close, as when staff remove them.
/// </summary>
public static class MemberGroupLeaveEndpoint
{
    private static readonly Localized NotInGroup = new("您不在这个群里（或已退出）。", "You are not in this group (or have already left).");

    public static RouteGroupBuilder MapMemberGroupLeave(this RouteGroupBuilder api)
    {
        api.MapPost("/groups/{groupId}/leave", LeaveAsync);
        return api;
    }

    private static async Task<IResult> LeaveAsync(string groupId, HttpRequest request, MemberAuthenticator auth, GroupService groups, CancellationToken cancellationToken)
    {
        if (await auth.AuthenticateAsync(request, cancellationToken) is not { } member)
        {
            return MemberLanguage.Problem(request, StatusCodes.Status401Unauthorized, "Sign in", MemberLanguage.SignInAgain);
        }

        return await groups.RemoveMemberAsync(groupId, member.UserId, cancellationToken)
            ? Results.NoContent()
            : MemberLanguage.Problem(request, StatusCodes.Status404NotFound, "Not in group", NotInGroup);
    }
}
