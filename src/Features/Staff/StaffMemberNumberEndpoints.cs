using System.Text.RegularExpressions;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Notices;
using EngageBot.Features.SignUps;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Staff;

/// <summary>
/// <c>PUT /api/admin/staff/{id}/member-number</c> (admins): links a staff account to the member number its
/// holder signs in with on the member page, so their chat messages count as staff ("/notice …" in a group).
/// </summary>
public static partial class StaffMemberNumberEndpoints
{
    public static IEndpointRouteBuilder MapStaffMemberNumberApi(this IEndpointRouteBuilder app)
    {
        app.MapAdminGroup("/staff").RequireAuthorization(StaffAuthentication.AdminPolicy).WithTags("Staff")
            .MapPut("/{id}/member-number", SetAsync)
            .WithSummary("Link a staff account to a member number (null unlinks)").ProducesValidationProblem();
        return app;
    }

    private static async Task<IResult> SetAsync(string id, HttpRequest request, StaffMemberNumbers links, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, WiringJson.Default.StaffMemberNumberRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var number = body.MemberNumber?.Trim();
        if (number is not null && !MemberNumber().IsMatch(number))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["memberNumber"] = ["memberNumber: 1–32 letters, digits or '-', or null to unlink."],
            });
        }

        return await links.SetAsync(id, number, cancellationToken) switch
        {
            StaffLinkResult.Linked => Results.Json(new StaffMemberNumberResponse(id, number?.ToUpperInvariant()), WiringJson.Default.StaffMemberNumberResponse),
            StaffLinkResult.NumberTaken => Results.Problem(title: "Conflict", detail: "Another staff account has that member number.", statusCode: StatusCodes.Status409Conflict),
            _ => Results.Problem(title: "Not found", detail: "No staff account has that id.", statusCode: StatusCodes.Status404NotFound),
        };
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,32}$")]
    private static partial Regex MemberNumber();
}
