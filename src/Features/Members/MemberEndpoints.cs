using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Groups;
using EngageBot.Features.Members.SignIn;
using EngageBot.Features.Notices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Members;

/// <summary>
/// The member page's API: sign in (<see cref="MemberSignInEndpoints"/>), my groups, join by invite code, leave (<see cref="MemberGroupLeaveEndpoint"/>), a Direct Line token for a group, and group history pages.
/// </summary>
public static class MemberEndpoints
{
    public static IEndpointRouteBuilder MapMemberApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/members").DisableAntiforgery();
        api.MapMemberSignIn();
        api.MapGet("/groups", ListGroupsAsync);
        api.MapPost("/groups/join", JoinAsync);
        api.MapGet("/groups/{groupId}", GetGroupAsync);
        api.MapPost("/groups/{groupId}/token", GroupTokenAsync);
        api.MapGet("/groups/{groupId}/messages", HistoryAsync);
        api.MapMemberGroupLeave();
        return app;
    }

    private static async Task<IResult> ListGroupsAsync(HttpRequest request, MemberAuthenticator auth, GroupService groups, CancellationToken cancellationToken)
    {
        if (await auth.AuthenticateAsync(request, cancellationToken) is not { } member)
        {
            return SignInAgain(request);
        }

        var mine = await groups.ListForMemberAsync(member.UserId, cancellationToken);
        return Results.Json(mine.Select(g => GroupSummary.From(g, withInvite: true)).ToList(), MembersJson.Api.ListGroupSummary);
    }

    private static async Task<IResult> JoinAsync(JoinGroupRequest? body, HttpRequest request, MemberAuthenticator auth, GroupService groups, CancellationToken cancellationToken)
    {
        if (await auth.AuthenticateAsync(request, cancellationToken) is not { } member)
        {
            return SignInAgain(request);
        }

        if (string.IsNullOrWhiteSpace(body?.InviteCode) || body.InviteCode.Length > 32)
        {
            return MemberLanguage.Problem(request, StatusCodes.Status400BadRequest, "Invite code missing", new("请输入群邀请码。", "Please enter the invite code."));
        }

        var group = await groups.JoinAsync(body.InviteCode, member.UserId, member.UserName ?? member.UserId, cancellationToken);
        return group is null
            ? MemberLanguage.Problem(request, StatusCodes.Status404NotFound, "Unknown invite code", new("邀请码不对，请向工会干部确认。", "That invite code is not valid; please check with union staff."))
            : Results.Json(GroupSummary.From(group, withInvite: true), MembersJson.Api.GroupSummary);
    }

    private static async Task<IResult> GetGroupAsync(string groupId, HttpRequest request, MemberAuthenticator auth, GroupService groups, CancellationToken cancellationToken)
    {
        var (_, problem) = await MemberOfAsync(groupId, request, auth, groups, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var group = await groups.FindAsync(groupId, cancellationToken);
        return Results.Json(GroupSummary.From(group!, withInvite: true), MembersJson.Api.GroupSummary);
    }

    private static async Task<IResult> GroupTokenAsync(
        string groupId, HttpRequest request, MemberAuthenticator auth, GroupService groups, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        var (member, problem) = await MemberOfAsync(groupId, request, auth, groups, cancellationToken);
        return problem ?? Results.Json(
            new DirectLineGrant(groupId, tokens.IssueConversationToken(groupId, member!.UserId, member.UserName, member.SessionVersion), MemberSessions.DirectLineDomain(request)),
            MembersJson.Api.DirectLineGrant);
    }

    private static async Task<IResult> HistoryAsync(
        string groupId, long? before, int? limit, HttpRequest request, MemberAuthenticator auth, GroupService groups, DirectLineLog log,
        CancellationToken cancellationToken)
    {
        var (_, problem) = await MemberOfAsync(groupId, request, auth, groups, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var page = await log.ReadBeforeAsync(groupId, before is > 0 ? before.Value : long.MaxValue, Math.Clamp(limit ?? 50, 1, 200), cancellationToken);

        // "watermark" here is the first seq of the page: pass it as ?before= for the page before it.
        return Results.Bytes(ActivitySetWriter.Write(page, page.Count > 0 ? page[0].Seq : null), "application/json; charset=utf-8");
    }

    private static async Task<(Channels.DirectLine.DirectLineTokenClaims? Member, IResult? Problem)> MemberOfAsync(
        string groupId, HttpRequest request, MemberAuthenticator auth, GroupService groups, CancellationToken cancellationToken)
    {
        if (await auth.AuthenticateAsync(request, cancellationToken) is not { } member)
        {
            return (null, SignInAgain(request));
        }

        return await groups.IsMemberAsync(groupId, member.UserId, cancellationToken)
            ? (member, null)
            : (null, MemberLanguage.Problem(request, StatusCodes.Status403Forbidden, "Not a member", new("你不在这个群里。", "You are not a member of this group.")));
    }

    private static IResult SignInAgain(HttpRequest request) =>
        MemberLanguage.Problem(request, StatusCodes.Status401Unauthorized, "Sign in", MemberLanguage.SignInAgain);
}
