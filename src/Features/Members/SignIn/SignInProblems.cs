using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Members.SignIn;

/// <summary>The sign-in refusals, worded in Chinese and English ("中文 / English") with a <c>code</c> pages can act on.</summary>
internal static class SignInProblems
{
    public static IResult BadRequest(string detail) =>
        Results.Problem(title: "Invalid sign-in", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult SmsUnavailable() => Results.Problem(
        title: "Sign-in unavailable",
        detail: "短信验证码服务还没有配置，暂时不能登录，请联系工会。 / Sign-in by SMS code is not set up yet; please contact the union office.",
        statusCode: StatusCodes.Status503ServiceUnavailable,
        extensions: new Dictionary<string, object?> { ["code"] = "sms-unavailable" });

    public static IResult WrongCode() => Results.Problem(
        title: "Wrong code",
        detail: "验证码不对或已失效，请检查或重新获取。 / The code is wrong or no longer valid; check it or ask for a new one.",
        statusCode: StatusCodes.Status401Unauthorized,
        extensions: new Dictionary<string, object?> { ["code"] = "wrong-code" });

    public static IResult SignInAgain() => Results.Problem(
        title: "Sign in", detail: "请重新登录。 / Please sign in again.", statusCode: StatusCodes.Status401Unauthorized);

    /// <summary>429 with Retry-After (whole seconds) and the same figure in the body.</summary>
    public static IResult TooMany(HttpResponse response, string code, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var wait = seconds < 120
            ? string.Create(CultureInfo.InvariantCulture, $"{seconds} 秒 / {seconds} seconds")
            : string.Create(CultureInfo.InvariantCulture, $"{(seconds + 59) / 60} 分钟 / {(seconds + 59) / 60} minutes");
        var parts = wait.Split(" / ");
        var detail = code switch
        {
            "resend" => $"验证码刚发过，请 {parts[0]}后再重新获取。 / A code was just sent; ask for a new one in {parts[1]}.",
            "number" => $"这个会员号获取验证码太频繁，请 {parts[0]}后再试。 / Too many codes for this member number; try again in {parts[1]}.",
            _ => $"登录尝试太频繁，请 {parts[0]}后再试。 / Too many sign-in attempts; try again in {parts[1]}.",
        };
        return Results.Problem(title: "Too many requests", detail: detail, statusCode: StatusCodes.Status429TooManyRequests,
            extensions: new Dictionary<string, object?> { ["code"] = code, ["retryAfter"] = seconds });
    }
}
