using System.Text.RegularExpressions;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Members.Roster;
using EngageBot.Features.Members.Sms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Members.SignIn;

/// <summary>
/// <c>POST /api/members/session</c> {memberNumber, name} → 202 {verification, phoneHint}, never a token;
/// <c>POST /api/members/session/verify</c> {memberNumber, code} → the session; <c>POST /api/members/session/signout-everywhere</c>.
/// </summary>
public static partial class MemberSignInEndpoints
{
    public static RouteGroupBuilder MapMemberSignIn(this RouteGroupBuilder api)
    {
        api.MapPost("/session", RequestCodeAsync);
        api.MapPost("/session/verify", VerifyAsync);
        api.MapPost("/session/signout-everywhere", SignOutEverywhereAsync);
        return api;
    }

    private static async Task<IResult> RequestCodeAsync(
        SignInRequest? body, HttpContext http, MemberSignIn signIn, SignInAddressLimiter limiter, IOptions<SmsOptions> sms,
        CancellationToken cancellationToken)
    {
        if (MemberIdentity.Validate(body?.MemberNumber, body?.Name) is { } problem)
        {
            return SignInProblems.BadRequest(http.Request, problem);
        }

        if (sms.Value.Provider is null)
        {
            return SignInProblems.SmsUnavailable(http.Request);
        }

        if (await limiter.TryAcquireAsync(http, cancellationToken) is { Allowed: false, RetryAfter: var wait })
        {
            return SignInProblems.TooMany(http.Request, "address", wait);
        }

        var (result, hint) = await signIn.RequestCodeAsync(body!.MemberNumber!, body.Name!, cancellationToken);
        return result.Status switch
        {
            CodeRequestStatus.Issued => Results.Json(new CodeSent("sms", hint), MembersJson.Api.CodeSent, statusCode: StatusCodes.Status202Accepted),
            CodeRequestStatus.ResendTooSoon => SignInProblems.TooMany(http.Request, "resend", result.RetryAfter),
            _ => SignInProblems.TooMany(http.Request, "number", result.RetryAfter),
        };
    }

    private static async Task<IResult> VerifyAsync(
        VerifyRequest? body, HttpContext http, MemberSignIn signIn, SignInAddressLimiter limiter, MemberSessions sessions,
        CancellationToken cancellationToken)
    {
        if (MemberIdentity.Validate(body?.MemberNumber, "-") is { } problem)
        {
            return SignInProblems.BadRequest(http.Request, problem);
        }

        if (body!.Code is not { } code || !SixDigits().IsMatch(code.Trim()))
        {
            return SignInProblems.BadRequest(http.Request, SignInProblems.SixDigits);
        }

        if (await limiter.TryAcquireAsync(http, cancellationToken) is { Allowed: false, RetryAfter: var wait })
        {
            return SignInProblems.TooMany(http.Request, "address", wait);
        }

        var member = await signIn.VerifyAsync(body.MemberNumber!, code.Trim(), cancellationToken);
        return member is null
            ? SignInProblems.WrongCode(http.Request)
            : Results.Json(sessions.Open(member, http.Request), MembersJson.Api.MemberSession);
    }

    private static async Task<IResult> SignOutEverywhereAsync(
        HttpRequest request, MemberAuthenticator auth, IMemberRoster roster, OpenStreams streams, ILogger<MemberSignIn> logger,
        CancellationToken cancellationToken)
    {
        if (await auth.AuthenticateAsync(request, cancellationToken) is not { } member)
        {
            return SignInProblems.SignInAgain(request);
        }

        await roster.RevokeSessionsAsync(member.UserId[MemberIdentity.UserIdPrefix.Length..], cancellationToken);

        // Open chat sockets close here now and on the other instances when the signal reaches them.
        streams.DisconnectUser(member.UserId);
        SignInLog.SignedOutEverywhere(logger);
        return Results.NoContent();
    }

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex SixDigits();
}
