using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Notices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Staff;

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
        HttpRequest request, StaffSignIn signIn, StaffLoginLimiter limiter, StaffTokenService tokens, CancellationToken cancellationToken)
    {
        var (account, problem) = await StaffCredentialCheck.SignInAsync(request, signIn, limiter, cancellationToken);
        if (account is null)
        {
            return problem!;
        }

        var (token, expiresAt) = await tokens.IssueAsync(account, cancellationToken);
        return Results.Json(new TokenResponse(token, expiresAt), StaffJson.Api.TokenResponse);
    }
}
