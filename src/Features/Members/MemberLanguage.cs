using EngageBot.Core.Turns;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Members;

/// <summary>
/// The language a member-page call answers in: <c>?lang=en|zh</c>, else the first language of Accept-Language
/// (the page sends the one the member chose), else Chinese.
/// </summary>
public static class MemberLanguage
{
    public static Language Of(HttpRequest request)
    {
        var asked = request.Query["lang"].ToString();
        if (asked.Length == 0)
        {
            asked = request.Headers.AcceptLanguage.ToString().Split(',', 2)[0];
        }

        return asked.Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.Chinese;
    }

    /// <summary>A ProblemDetails whose detail is in the caller's language; nothing else changes with it.</summary>
    public static IResult Problem(HttpRequest request, int status, string title, Localized detail) =>
        Results.Problem(title: title, detail: detail.For(Of(request)), statusCode: status);

    /// <summary>400 with the field errors (field → message), each in the caller's language.</summary>
    public static IResult Invalid(HttpRequest request, Localized detail, IReadOnlyDictionary<string, Localized> errors)
    {
        var language = Of(request);
        return Results.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => new[] { e.Value.For(language) }, StringComparer.Ordinal),
            detail: detail.For(language), title: "Check your answers");
    }

    public static readonly Localized SignInAgain = new("请重新登录。", "Please sign in again.");
}
