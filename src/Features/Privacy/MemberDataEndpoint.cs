using EngageBot.Features.Members;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Privacy;

/// <summary>
/// <c>GET /api/members/me/data</c>: a signed-in member's own data, the same export staff see. Whose data comes from the
/// session token alone, so nobody can ask for another member's. <c>?download=true</c> answers as a file.
/// </summary>
public static class MemberDataEndpoint
{
    public static IEndpointRouteBuilder MapMemberDataApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/members/me/data", GetAsync);
        return app;
    }

    private static async Task<IResult> GetAsync(
        bool? download, HttpRequest request, MemberAuthenticator auth, PersonalDataService privacy, CancellationToken cancellationToken)
    {
        if (await auth.AuthenticateAsync(request, cancellationToken) is not { } member
            || DataSubjects.MemberNumberOf(member.UserId) is not { } memberNumber
            || await privacy.ExportAsync(memberNumber, cancellationToken) is not { } export)
        {
            return MemberLanguage.Problem(request, StatusCodes.Status401Unauthorized, "Sign in", MemberLanguage.SignInAgain);
        }

        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        if (download == true)
        {
            headers.ContentDisposition = $"attachment; filename=\"engagebot-my-data-{export.MemberNumber}.json\"";
        }

        return Results.Json(export, PrivacyJson.Api.PersonalDataExport);
    }
}
