using System.Security.Claims;
using EngageBot.Features.Members;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Staff;

/// <summary>
/// <c>POST /api/members/staff-link</c>: a staff member links their console account to their member chat, proving
/// both at once: the member session token (<c>Authorization: Bearer</c>, from the SMS sign-in) and the staff
/// credentials, either the console cookie (the member page and the console in the same browser) or a staff token in
/// <c>X-Staff-Token</c>. No anti-forgery token is needed for the cookie: the member bearer token cannot be sent by
/// another site. Only this link makes the member's chat identity staff.
/// </summary>
public static class StaffChatLinkEndpoints
{
    public const string StaffTokenHeader = "X-Staff-Token";

    public static IEndpointRouteBuilder MapStaffChatLinkApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/members/staff-link", LinkAsync).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> LinkAsync(
        HttpContext http, MemberAuthenticator members, StaffTokenService tokens, StaffStore store, StaffMemberNumbers links,
        StaffAudit audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await members.AuthenticateAsync(http.Request, cancellationToken) is not { } member)
        {
            return Refused("请先在会员页用会员号和短信验证码登录。 / Sign in on the member page first (member number and SMS code).");
        }

        if (await StaffAccountOfAsync(http, tokens, store, cancellationToken) is not { } staff)
        {
            return Refused("请在同一浏览器登录工会干部控制台（/staff/）后再关联。 / Sign in to the staff console (/staff/) in the same browser first.");
        }

        var memberNumber = member.UserId[MemberIdentity.UserIdPrefix.Length..];
        await links.LinkAsync(staff.Id, memberNumber, clock.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(staff.Id, staff.UserName, "staff-link", memberNumber, StatusCodes.Status200OK, cancellationToken);
        return Results.Json(new StaffChatLink(staff.UserName, memberNumber), StaffJson.Api.StaffChatLink);
    }

    /// <summary>The staff account behind the console cookie, else behind the <see cref="StaffTokenHeader"/> token; it must still exist.</summary>
    private static async Task<StaffAccount?> StaffAccountOfAsync(HttpContext http, StaffTokenService tokens, StaffStore store, CancellationToken cancellationToken)
    {
        var cookie = await http.AuthenticateAsync(ConsoleAuthentication.CookieScheme);
        var staffId = cookie.Succeeded ? cookie.Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (staffId is null && http.Request.Headers[StaffTokenHeader].ToString() is { Length: > 0 } token)
        {
            staffId = (await tokens.ValidateAsync(token.Trim(), cancellationToken))?.Sub;
        }

        return staffId is null ? null : await store.FindByIdAsync(staffId, cancellationToken);
    }

    private static IResult Refused(string detail) =>
        Results.Problem(title: "Sign in to both", detail: detail, statusCode: StatusCodes.Status401Unauthorized);
}
