using EngageBot.Features.Channels.BotFramework;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Staff;

/// <summary>
/// <c>PUT /api/admin/staff/{id}/member-number</c> (admins) with <c>{"memberNumber": null}</c> removes a staff account's
/// chat link. Setting a number here is no longer possible: a member number alone must never make someone staff in
/// chat, so staff link their own chat after signing in to both sides (<c>POST /api/members/staff-link</c>).
/// </summary>
public static class StaffMemberNumberEndpoints
{
    public static IEndpointRouteBuilder MapStaffMemberNumberApi(this IEndpointRouteBuilder app)
    {
        app.MapAdminGroup("/staff").RequireAuthorization(StaffAuthentication.AdminPolicy).WithTags("Staff")
            .MapPut("/{id}/member-number", SetAsync)
            .WithSummary("Remove a staff account's chat link (memberNumber: null); staff make links themselves").ProducesValidationProblem();
        return app;
    }

    private static async Task<IResult> SetAsync(string id, HttpRequest request, StaffMemberNumbers links, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, WiringJson.Default.StaffMemberNumberRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        if (body.MemberNumber is not null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["memberNumber"] =
                [
                    "memberNumber: only null (remove the link) is accepted. A staff member links their own chat: signed in on the member page "
                    + "and in the console in the same browser, they press 关联工会干部账号 on the member page (POST /api/members/staff-link).",
                ],
            });
        }

        return await links.UnlinkAsync(id, cancellationToken)
            ? Results.Json(new StaffMemberNumberResponse(id, null), WiringJson.Default.StaffMemberNumberResponse)
            : Results.Problem(title: "Not found", detail: "No staff account has that id.", statusCode: StatusCodes.Status404NotFound);
    }
}
