using System.Security.Cryptography;
using System.Text;
using EngageBot.Core.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Channels.Tencent.Binding;

/// <summary>
/// Web authorisation (网页授权, snsapi_base) for binding: <c>GET {prefix}/start</c> (the 会员服务 menu link) issues a
/// state, keeps it in a cookie of this browser and sends the member to Tencent; <c>GET {prefix}/callback</c> takes
/// Tencent's code back only with the same state, from the same browser, once and within 5 minutes (CSRF), exchanges
/// it server-side for the account's id, and hands the member page a one-time ticket in a cookie. Bad input: 4xx,
/// nothing stored. <c>start?activity={id}</c> (a group robot's sign-up link) lands on that activity's sign-up screen.
/// </summary>
public static class OAuthEndpoints
{
    public const string TicketCookie = "eb_bind";
    public const string TicketPath = "/api/members/channels";

    public static IEndpointRouteBuilder MapChannelOAuth<TIdentity>(this IEndpointRouteBuilder app, string prefix)
        where TIdentity : IOAuthIdentity
    {
        // One identity per prefix, resolved per request (not while mapping: start-up validation must report a bad
        // setting its own way before any service is built).
        var group = app.MapGroup(prefix).ExcludeFromDescription();
        group.MapGet("/start", (HttpContext http, OAuthFlowStore flows, CancellationToken ct) =>
            StartAsync(http, http.RequestServices.GetRequiredService<TIdentity>(), flows, prefix, ct));
        group.MapGet("/callback", (string? code, string? state, HttpContext http, OAuthFlowStore flows, ILogger<OAuthFlowStore> logger, CancellationToken ct) =>
            CallbackAsync(code, state, http, http.RequestServices.GetRequiredService<TIdentity>(), flows, logger, prefix, ct));
        return app;
    }

    private static async Task<IResult> StartAsync(HttpContext http, IOAuthIdentity identity, OAuthFlowStore flows, string prefix, CancellationToken cancellationToken)
    {
        if (!identity.Enabled)
        {
            return Results.NotFound();
        }

        var activity = http.Request.Query["activity"].ToString();
        if (activity.Length > 0 && !SignUpTarget.IsActivityId(activity))
        {
            return BindingProblems.Problem(http.Request, StatusCodes.Status400BadRequest, "bad-activity", new(
                "报名链接不完整，请从群里的通知重新打开。", "The sign-up link is incomplete; open it from the group's notice again."));
        }

        var state = await flows.StartAsync(identity.Channel, cancellationToken);
        // Lax, not Strict: the cookie must come back on Tencent's redirect, a top-level navigation from another site.
        http.Response.Cookies.Append(StateCookie(identity.Channel), state, Cookie(http, prefix, SameSiteMode.Lax));
        if (activity.Length > 0)
        {
            http.Response.Cookies.Append(SignUpTarget.Cookie(identity.Channel), activity, Cookie(http, prefix, SameSiteMode.Lax));
        }

        var request = http.Request;
        var callback = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{prefix}/callback");
        return Results.Redirect(identity.AuthorizeUrl(callback, state).ToString());
    }

    private static async Task<IResult> CallbackAsync(
        string? code, string? state, HttpContext http, IOAuthIdentity identity, OAuthFlowStore flows, ILogger logger, string prefix,
        CancellationToken cancellationToken)
    {
        if (!identity.Enabled)
        {
            return Results.NotFound();
        }

        if (string.IsNullOrEmpty(code) || code.Length > 512 || string.IsNullOrEmpty(state) || state.Length > 128)
        {
            BindingLog.Refused(logger, identity.Channel, "missing code or state");
            return BindingProblems.StartAgain(http.Request, "missing-code");
        }

        if (http.Request.Cookies[StateCookie(identity.Channel)] is not { } cookie
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(cookie), Encoding.UTF8.GetBytes(state)))
        {
            BindingLog.Refused(logger, identity.Channel, "state not from this browser");
            return BindingProblems.ForeignState(http.Request);
        }

        if (!await flows.IsPendingAsync(identity.Channel, state, cancellationToken))
        {
            BindingLog.Refused(logger, identity.Channel, "state unknown, expired or used");
            return BindingProblems.StartAgain(http.Request, "state-expired");
        }

        string? userId;
        try
        {
            userId = await identity.ExchangeAsync(code, cancellationToken);
        }
        catch (TencentApiException ex) when (ex.ErrorCode is 40029 or 40163 or 40030)
        {
            BindingLog.CodeRefused(logger, identity.Channel, ex.ErrorCode);
            return BindingProblems.BadCode(http.Request);
        }
        catch (HttpRequestException ex)
        {
            BindingLog.ExchangeFailed(logger, identity.Channel, ex);
            return BindingProblems.Unreachable(http.Request);
        }

        if (userId is null)
        {
            BindingLog.Refused(logger, identity.Channel, "not a member of the company");
            return BindingProblems.NotInCompany(http.Request);
        }

        if (await flows.IdentifyAsync(identity.Channel, state, userId, cancellationToken) is not { } ticket)
        {
            BindingLog.Refused(logger, identity.Channel, "state used meanwhile");
            return BindingProblems.StartAgain(http.Request, "state-expired");
        }

        http.Response.Cookies.Delete(StateCookie(identity.Channel), Cookie(http, prefix, SameSiteMode.Lax));
        // Strict: only the member page itself (same site) ever sends the ticket.
        http.Response.Cookies.Append(TicketCookie, ticket, Cookie(http, TicketPath, SameSiteMode.Strict));
        BindingLog.Identified(logger, identity.Channel);
        var then = http.Request.Cookies[SignUpTarget.Cookie(identity.Channel)] is { } target && SignUpTarget.IsActivityId(target)
            ? "&activity=" + target
            : string.Empty;
        http.Response.Cookies.Delete(SignUpTarget.Cookie(identity.Channel), Cookie(http, prefix, SameSiteMode.Lax));
        return Results.Redirect($"{http.Request.PathBase}/#bind={identity.Channel.Id()}{then}");
    }

    private static string StateCookie(BindingChannel channel) => "eb_oauth_" + channel.Id();

    private static CookieOptions Cookie(HttpContext http, string path, SameSiteMode sameSite) => new()
    {
        HttpOnly = true,
        Secure = http.Request.IsHttps,
        SameSite = sameSite,
        Path = http.Request.PathBase + path,
        MaxAge = OAuthFlowStore.Lifetime,
        IsEssential = true,
    };
}
