using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Notices;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Staff;

/// <summary>
/// Reads <c>{"userName","password"}</c> and signs the account in (lockout included): the one check behind both
/// the token endpoint and the console's cookie login. A refusal is a problem whose <c>code</c> says why
/// (<c>locked</c> or <c>invalid</c>), so pages can word it without parsing the text.
/// </summary>
public static class StaffCredentialCheck
{
    public static async Task<(StaffAccount? Account, IResult? Problem)> SignInAsync(
        HttpRequest request, StaffSignIn signIn, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, StaffJson.Default.TokenRequest, cancellationToken);
        if (body is null)
        {
            return (null, problem);
        }

        if (string.IsNullOrWhiteSpace(body.UserName) || string.IsNullOrEmpty(body.Password))
        {
            return (null, JsonBody.BadRequest("Both userName and password are needed."));
        }

        var result = await signIn.SignInAsync(body.UserName, body.Password, cancellationToken);
        if (result.Account is { } account)
        {
            return (account, null);
        }

        return (null, Results.Problem(
            title: "Unauthorized",
            detail: result.LockedOut
                ? "Too many failed sign-ins: this account is locked for a while. Try again later."
                : "The user name or password is wrong.",
            statusCode: StatusCodes.Status401Unauthorized,
            extensions: new Dictionary<string, object?> { ["code"] = result.LockedOut ? "locked" : "invalid" }));
    }
}
