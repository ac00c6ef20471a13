using System.Security.Claims;
using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Staff;

/// <summary>
/// Runs on every /api/admin endpoint after authorization. Unsafe calls made with the console cookie must carry
/// the anti-forgery header (bearer-token callers cannot be forged by a browser, so they need none). Every
/// non-GET call is written to the audit log with its route, the ids it named and its status.
/// </summary>
public sealed class AdminActionFilter(IAntiforgery antiforgery, StaffAudit audit) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var method = http.Request.Method;
        var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
        if (safe)
        {
            return await next(context);
        }

        var action = $"{method} {(http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value}";
        var target = Target(http);
        if (ByCookie(http.User) && !await antiforgery.IsRequestValidAsync(http))
        {
            await audit.RecordAsync(http.User, action, target, StatusCodes.Status400BadRequest, http.RequestAborted);
            return Results.Problem(
                title: "Bad request",
                detail: "The page's security token is missing or stale. Reload the page and try again.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        object? result;
        try
        {
            result = await next(context);
        }
        catch (Exception) when (!http.RequestAborted.IsCancellationRequested)
        {
            await audit.RecordAsync(http.User, action, target, StatusCodes.Status500InternalServerError, CancellationToken.None);
            throw;
        }

        // The action has happened: its audit row is written even if the caller has gone away.
        var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : http.Response.StatusCode;
        await audit.RecordAsync(http.User, action, target, status, CancellationToken.None);
        return result;
    }

    /// <summary>True when the caller was authenticated by the console cookie and not by a bearer token.</summary>
    private static bool ByCookie(ClaimsPrincipal user) =>
        user.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == ConsoleAuthentication.CookieScheme)
        && !user.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == StaffAuthentication.BearerScheme);

    private static string? Target(HttpContext http)
    {
        var values = http.Request.RouteValues;
        return values.Count == 0 ? null : string.Join(' ', values.Select(v => $"{v.Key}={v.Value}"));
    }
}
