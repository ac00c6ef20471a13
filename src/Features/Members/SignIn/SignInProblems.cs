using System.Globalization;
using EngageBot.Core.Turns;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Members.SignIn;

/// <summary>The sign-in refusals, in the member's language (<see cref="MemberLanguage"/>), with a <c>code</c> pages can act on.</summary>
internal static class SignInProblems
{
    public static IResult BadRequest(HttpRequest request, Localized detail) =>
        MemberLanguage.Problem(request, StatusCodes.Status400BadRequest, "Invalid sign-in", detail);

    public static IResult SmsUnavailable(HttpRequest request) => Results.Problem(
        title: "Sign-in unavailable",
        detail: new Localized(
            "短信验证码服务还没有配置，暂时不能登录，请联系工会。",
            "Sign-in by SMS code is not set up yet; please contact the union office.").For(MemberLanguage.Of(request)),
        statusCode: StatusCodes.Status503ServiceUnavailable,
        extensions: new Dictionary<string, object?> { ["code"] = "sms-unavailable" });

    public static IResult WrongCode(HttpRequest request) => Results.Problem(
        title: "Wrong code",
        detail: new Localized(
            "验证码不对或已失效，请检查或重新获取。",
            "The code is wrong or no longer valid; check it or ask for a new one.").For(MemberLanguage.Of(request)),
        statusCode: StatusCodes.Status401Unauthorized,
        extensions: new Dictionary<string, object?> { ["code"] = "wrong-code" });

    public static IResult SignInAgain(HttpRequest request) =>
        MemberLanguage.Problem(request, StatusCodes.Status401Unauthorized, "Sign in", MemberLanguage.SignInAgain);

    public static readonly Localized SixDigits = new("请填写短信里的 6 位验证码。", "Please enter the 6-digit code from the text message.");

    /// <summary>429 with Retry-After (whole seconds) and the same figure in the body.</summary>
    public static IResult TooMany(HttpRequest request, string code, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var (zh, en) = seconds < 120
            ? (string.Create(CultureInfo.InvariantCulture, $"{seconds} 秒"), string.Create(CultureInfo.InvariantCulture, $"{seconds} seconds"))
            : (string.Create(CultureInfo.InvariantCulture, $"{(seconds + 59) / 60} 分钟"), string.Create(CultureInfo.InvariantCulture, $"{(seconds + 59) / 60} minutes"));
        var detail = code switch
        {
            "resend" => new Localized($"验证码刚发过，请 {zh}后再重新获取。", $"A code was just sent; ask for a new one in {en}."),
            "number" => new Localized($"这个会员号获取验证码太频繁，请 {zh}后再试。", $"Too many codes for this member number; try again in {en}."),
            _ => new Localized($"登录尝试太频繁，请 {zh}后再试。", $"Too many sign-in attempts; try again in {en}."),
        };
        return Results.Problem(title: "Too many requests", detail: detail.For(MemberLanguage.Of(request)), statusCode: StatusCodes.Status429TooManyRequests,
            extensions: new Dictionary<string, object?> { ["code"] = code, ["retryAfter"] = seconds });
    }
}
