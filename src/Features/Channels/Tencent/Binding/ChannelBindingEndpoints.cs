using EngageBot.Features.Members;
using EngageBot.Features.Members.Roster;
using EngageBot.Features.Members.SignIn;
using EngageBot.Features.Privacy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Channels.Tencent.Binding;

/// <summary>
/// The member page's side of binding (<c>/api/members/channels</c>). The account always comes from the ticket cookie
/// the authorisation callback set in this browser, the member always from their session token, so nobody can bind an
/// account to someone else: <c>POST /session</c> signs a bound account's member in without a code (404 not-bound
/// otherwise, the ticket kept for the sign-in that follows); <c>POST /bind</c> binds it to the signed-in member;
/// <c>GET</c> lists the member's bound accounts; <c>DELETE /{channel}</c> unbinds.
/// </summary>
public static class ChannelBindingEndpoints
{
    public static IEndpointRouteBuilder MapChannelBindings(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(OAuthEndpoints.TicketPath).DisableAntiforgery().WithTags("Members");
        api.MapGet(string.Empty, ListAsync);
        api.MapPost("/session", SessionAsync);
        api.MapPost("/bind", BindAsync);
        api.MapDelete("/{channel}", UnbindAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(HttpRequest request, MemberAuthenticator auth, ChannelBindingStore bindings, CancellationToken cancellationToken)
    {
        if (await MemberNumberAsync(request, auth, cancellationToken) is not { } number)
        {
            return BindingProblems.SignInAgain(request);
        }

        var bound = await bindings.ListForMemberAsync(number, cancellationToken);
        return Results.Json(bound.Select(b => new BoundAccount(b.Channel.Id(), b.BoundAt)).ToList(), BindingJson.Api.ListBoundAccount);
    }

    private static async Task<IResult> SessionAsync(
        HttpContext http, OAuthFlowStore flows, ChannelBindingStore bindings, IMemberRoster roster, MemberSessions sessions,
        CancellationToken cancellationToken)
    {
        if (http.Request.Cookies[OAuthEndpoints.TicketCookie] is not { } ticket)
        {
            return BindingProblems.NoTicket(http.Request);
        }

        if (await flows.FindTicketAsync(ticket, cancellationToken) is not { } account)
        {
            return BindingProblems.StartAgain(http.Request, "ticket-expired");
        }

        var number = await bindings.FindMemberAsync(account.Channel, account.UserId, cancellationToken);
        var member = number is null ? null : await roster.FindAsync(number, cancellationToken);
        if (member is not { IsActive: true })
        {
            return BindingProblems.NotBound(http.Request);
        }

        if (!await flows.RedeemAsync(ticket, cancellationToken))
        {
            return BindingProblems.StartAgain(http.Request, "ticket-expired");
        }

        ForgetTicket(http);
        return Results.Json(sessions.Open(member, http.Request), MembersJson.Api.MemberSession);
    }

    private static async Task<IResult> BindAsync(
        HttpContext http, MemberAuthenticator auth, OAuthFlowStore flows, ChannelBindingStore bindings, TimeProvider clock,
        ILogger<ChannelBindingStore> logger, CancellationToken cancellationToken)
    {
        if (await MemberNumberAsync(http.Request, auth, cancellationToken) is not { } number)
        {
            return BindingProblems.SignInAgain(http.Request);
        }

        if (http.Request.Cookies[OAuthEndpoints.TicketCookie] is not { } ticket)
        {
            return BindingProblems.NoTicket(http.Request);
        }

        if (await flows.FindTicketAsync(ticket, cancellationToken) is not { } account || !await flows.RedeemAsync(ticket, cancellationToken))
        {
            return BindingProblems.StartAgain(http.Request, "ticket-expired");
        }

        ForgetTicket(http);
        var now = clock.GetUtcNow();
        var outcome = await bindings.BindAccountAsync(account.Channel, account.UserId, number, now, cancellationToken);
        BindingLog.Changed(logger, account.Channel, outcome);
        return outcome == BindOutcome.TakenByOther
            ? BindingProblems.TakenByOther(http.Request)
            : Results.Json(new BoundAccount(account.Channel.Id(), now), BindingJson.Api.BoundAccount);
    }

    private static async Task<IResult> UnbindAsync(
        string channel, HttpRequest request, MemberAuthenticator auth, ChannelBindingStore bindings, ILogger<ChannelBindingStore> logger,
        CancellationToken cancellationToken)
    {
        if (await MemberNumberAsync(request, auth, cancellationToken) is not { } number)
        {
            return BindingProblems.SignInAgain(request);
        }

        if (!BindingChannels.TryParse(channel, out var which))
        {
            return BindingProblems.Problem(request, StatusCodes.Status400BadRequest, "unknown-channel", new("只能解除 wechat 或 wecom 的绑定。", "Only wechat or wecom can be unbound."));
        }

        if (!await bindings.UnbindAsync(which, number, cancellationToken))
        {
            return BindingProblems.Problem(request, StatusCodes.Status404NotFound, "not-bound", new("没有绑定这个渠道的账号。", "No account of this channel is bound."));
        }

        BindingLog.Unbound(logger, which);
        return Results.NoContent();
    }

    private static async Task<string?> MemberNumberAsync(HttpRequest request, MemberAuthenticator auth, CancellationToken cancellationToken) =>
        await auth.AuthenticateAsync(request, cancellationToken) is { } claims ? DataSubjects.MemberNumberOf(claims.UserId) : null;

    private static void ForgetTicket(HttpContext http) =>
        http.Response.Cookies.Delete(OAuthEndpoints.TicketCookie, new CookieOptions { Path = http.Request.PathBase + OAuthEndpoints.TicketPath });
}
