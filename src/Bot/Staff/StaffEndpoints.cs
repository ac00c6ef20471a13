using EngageBot.Bot.Endpoints;
using Microsoft.AspNetCore.Authorization;

namespace EngageBot.Bot.Staff;

/// <summary><c>POST /api/admin/token</c>: trades a staff user name and password for a bearer token.</summary>
public static class StaffEndpoints
{
    public static IEndpointRouteBuilder MapStaffTokenApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/admin/token", IssueAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithTags("Staff")
            .WithSummary("Sign in as staff: {userName, password} → {token, expiresAt}")
            .Accepts<TokenRequest>("application/json")
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }

    private static async Task<IResult> IssueAsync(
        HttpRequest request, StaffSignIn signIn, StaffTokenService tokens, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, StaffJson.Default.TokenRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(body.UserName) || string.IsNullOrEmpty(body.Password))
        {
            return JsonBody.BadRequest("Both userName and password are needed.");
        }

        var result = await signIn.SignInAsync(body.UserName, body.Password, cancellationToken);
        if (result.Account is not { } account)
        {
            return Results.Problem(
                title: "Unauthorized",
                detail: result.LockedOut
                    ? "Too many failed sign-ins: this account is locked for a while. Try again later."
                    : "The user name or password is wrong.",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        var (token, expiresAt) = await tokens.IssueAsync(account, cancellationToken);
        return Results.Json(new TokenResponse(token, expiresAt), StaffJson.Default.TokenResponse);
    }
}
