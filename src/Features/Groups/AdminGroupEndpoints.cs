using EngageBot.Features.Members;
using EngageBot.Features.Notices;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Groups;

/// <summary>Staff manage groups under <c>/api/admin/groups</c>: create, list, members in and out, the pinned notice.</summary>
public static class AdminGroupEndpoints
{
    private const int MaxGroupName = 40;
    private const int MaxNotice = 1000;

    public static IEndpointRouteBuilder MapAdminGroupsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapAdminGroup("/groups").WithTags("Groups");
        api.MapPost("/", CreateAsync);
        api.MapGet("/", ListAsync);
        api.MapGet("/{groupId}/members", MembersAsync);
        api.MapPost("/{groupId}/members", AddMemberAsync);
        api.MapDelete("/{groupId}/members/{memberNumber}", RemoveMemberAsync);
        api.MapPut("/{groupId}/notice", SetNoticeAsync);
        return app;
    }

    private static async Task<IResult> CreateAsync(CreateGroupRequest? body, GroupService groups, CancellationToken cancellationToken)
    {
        var name = body?.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxGroupName)
        {
            return Bad($"A group needs a name of 1–{MaxGroupName} characters.");
        }

        var group = await groups.CreateAsync(name, "staff", cancellationToken);
        return Results.Json(GroupSummary.From(group, withInvite: true), MembersJson.Api.GroupSummary, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ListAsync(GroupService groups, CancellationToken cancellationToken) =>
        Results.Json((await groups.ListAsync(cancellationToken)).Select(g => GroupSummary.From(g, withInvite: true)).ToList(),
            MembersJson.Api.ListGroupSummary);

    private static async Task<IResult> MembersAsync(string groupId, GroupService groups, CancellationToken cancellationToken) =>
        await groups.FindAsync(groupId, cancellationToken) is null
            ? NoGroup()
            : Results.Json((await groups.MembersAsync(groupId, cancellationToken)).Select(m => new GroupMember(m.MemberId, m.Name)).ToList(),
                MembersJson.Api.ListGroupMember);

    private static async Task<IResult> AddMemberAsync(string groupId, AddMemberRequest? body, GroupService groups, CancellationToken cancellationToken)
    {
        if (MemberIdentity.Validate(body?.MemberNumber, body?.Name) is { } problem)
        {
            return Bad($"{problem.Zh} / {problem.En}");
        }

        return await groups.AddMemberAsync(groupId, MemberIdentity.UserId(body!.MemberNumber!), body.Name!.Trim(), cancellationToken)
            ? Results.NoContent()
            : NoGroup();
    }

    private static async Task<IResult> RemoveMemberAsync(string groupId, string memberNumber, GroupService groups, CancellationToken cancellationToken) =>
        await groups.RemoveMemberAsync(groupId, MemberIdentity.UserId(memberNumber), cancellationToken)
            ? Results.NoContent()
            : Results.Problem(title: "Not found", detail: "No such member in that group.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> SetNoticeAsync(string groupId, NoticeRequest? body, GroupService groups, CancellationToken cancellationToken)
    {
        var notice = body?.Notice?.Trim();
        if (string.IsNullOrEmpty(notice) || notice.Length > MaxNotice)
        {
            return Bad($"A notice needs 1–{MaxNotice} characters.");
        }

        return await groups.SetNoticeAsync(groupId, notice, cancellationToken) ? Results.NoContent() : NoGroup();
    }

    private static IResult Bad(string detail) => Results.Problem(title: "Invalid request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    private static IResult NoGroup() => Results.Problem(title: "Not found", detail: "There is no such group.", statusCode: StatusCodes.Status404NotFound);
}
