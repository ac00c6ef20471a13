using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Notices;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Staff;

/// <summary>
/// Reads <c>{"userName","password"}</c> and signs the account in (lockout included): the one check behind both
/// the token endpoint and the console's cookie login, after the per-address limit (429 with Retry-After). A wrong
/// password, an unknown user name and a locked account get one and the same answer (401, code <c>invalid</c>).
/// </summary>
public static class StaffCredentialCheck
{
    public static async Task<(StaffAccount? Account, IResult? Problem)> SignInAsync(
        HttpRequest request, StaffSignIn signIn, StaffLoginLimiter limiter, CancellationToken cancellationToken)
    {
        if (await limiter.TryAcquireAsync(request.HttpContext, cancellationToken) is { Allowed: false, RetryAfter: var wait })
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return (null, Results.Problem(
                title: "Too many requests",
                detail: string.Create(CultureInfo.InvariantCulture, $"Too many sign-in attempts from this address; try again in {seconds} seconds."),
                statusCode: StatusCodes.Status429TooManyRequests,
                extensions: new Dictionary<string, object?> { ["code"] = "rate-limited", ["retryAfter"] = seconds }));
        }

        var (body, problem) = await JsonBody.ReadAsync(request, StaffJson.Api.TokenRequest, cancellationToken);
        if (body is null)
        {
            return (null, problem);
        }

        if (string.IsNullOrWhiteSpace(body.UserName) || string.IsNullOrEmpty(body.Password))
        {
            return (null, JsonBody.BadRequest("Both userName and password are needed."));
        }

        var result = await signIn.SignInAsync(body.UserName, body.Password, cancellationToken);

        // A locked account gets exactly the wrong password's answer: the status and body say nothing of the lock.
        return result.Account is { } account
            ? (account, null)
            : (null, Results.Problem(
                title: "Unauthorized",
                detail: "The user name or password is wrong, or the account is locked for a while after too many wrong passwords. Try again later.",
                statusCode: StatusCodes.Status401Unauthorized,
                extensions: new Dictionary<string, object?> { ["code"] = "invalid" }));
    }
}
