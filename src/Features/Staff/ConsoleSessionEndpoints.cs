using System.Security.Claims;
using EngageBot.Core.Time;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Notices;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Staff;

/// <summary>
/// The console's cookie session: <c>POST /staff/api/login</c> (same checks and lockout as the token endpoint),
/// <c>GET /staff/api/session</c> (who is signed in, plus a fresh anti-forgery token for the header), and
/// <c>POST /staff/api/logout</c>.
/// </summary>
public static class ConsoleSessionEndpoints
{
    public static IEndpointRouteBuilder MapConsoleSession(this IEndpointRouteBuilder app)
    {
        app.MapPost("/staff/api/login", LoginAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        var api = app.MapGroup("/staff/api").ExcludeFromDescription()
            .RequireAuthorization(p => p.AddAuthenticationSchemes(ConsoleAuthentication.CookieScheme).RequireAuthenticatedUser());
        api.MapGet("/session", Session);
        api.MapPost("/logout", LogoutAsync);
        return app;
    }

    private static async Task<IResult> LoginAsync(HttpContext http, StaffSignIn signIn, StaffLoginLimiter limiter, CancellationToken cancellationToken)
    {
        // JSON only: a cross-site HTML form cannot send it without a CORS preflight, so no one can sign a browser in from elsewhere.
        if (!http.Request.HasJsonContentType())
        {
            return Results.Problem(title: "JSON expected", detail: "Send {userName, password} as application/json.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var (account, problem) = await StaffCredentialCheck.SignInAsync(http.Request, signIn, limiter, cancellationToken);
        if (account is null)
        {
            return problem!;
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id),
                new Claim(ClaimTypes.Name, account.UserName),
                new Claim(ClaimTypes.Role, StaffStore.RoleName(account.Role)),
            ],
            ConsoleAuthentication.CookieScheme);
        await http.SignInAsync(ConsoleAuthentication.CookieScheme, new ClaimsPrincipal(identity));
        return Results.NoContent();
    }

    private static IResult Session(HttpContext http, IAntiforgery antiforgery, UnionTime time)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return Results.Json(
            new ConsoleSession(
                http.User.FindFirstValue(ClaimTypes.Name) ?? string.Empty,
                http.User.FindFirstValue(ClaimTypes.Role) ?? string.Empty,
                tokens.RequestToken ?? string.Empty,
                ConsoleAuthentication.AntiforgeryHeader,
                time.ZoneId),
            ConsoleJson.Api.ConsoleSession);
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, IAntiforgery antiforgery, StaffAudit audit, CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return JsonBody.BadRequest("The page's security token is missing or stale. Reload the page and try again.");
        }

        await audit.RecordAsync(http.User, "sign-out", null, StatusCodes.Status204NoContent, cancellationToken);
        await http.SignOutAsync(ConsoleAuthentication.CookieScheme);
        return Results.NoContent();
    }
}
