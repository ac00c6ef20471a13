using EngageBot.Core.Turns;
using EngageBot.Features.Members;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Channels.Tencent.Binding;

/// <summary>Why a binding step was refused, in the member's language (<see cref="MemberLanguage"/>), with a <c>code</c> the member page can act on.</summary>
internal static class BindingProblems
{
    public static IResult Problem(HttpRequest request, int status, string code, Localized detail) => Results.Problem(
        title: "Account binding refused", detail: detail.For(MemberLanguage.Of(request)), statusCode: status,
        extensions: new Dictionary<string, object?> { ["code"] = code });

    public static IResult StartAgain(HttpRequest request, string code) => Problem(request, StatusCodes.Status400BadRequest, code, new(
        "授权链接已失效或已使用，请从公众号菜单“会员服务”重新打开。", "This authorisation link has expired or was used; open 会员服务 from the menu again."));

    public static IResult ForeignState(HttpRequest request) => Problem(request, StatusCodes.Status403Forbidden, "state-mismatch", new(
        "这个授权不是从本设备发起的，请从公众号菜单“会员服务”重新打开。", "This authorisation was not started on this device; open 会员服务 from the menu again."));

    public static IResult BadCode(HttpRequest request) => Problem(request, StatusCodes.Status400BadRequest, "invalid-code", new(
        "微信授权码无效或已使用，请从菜单重新打开。", "WeChat's code is invalid or was used already; open the link from the menu again."));

    public static IResult NotInCompany(HttpRequest request) => Problem(request, StatusCodes.Status403Forbidden, "not-in-company", new(
        "只有本单位企业微信的成员可以绑定。", "Only members of this company's WeCom can bind their account."));

    public static IResult Unreachable(HttpRequest request) => Problem(request, StatusCodes.Status502BadGateway, "tencent-unavailable", new(
        "暂时无法连接微信，请稍后再试。", "WeChat could not be reached; please try again in a moment."));

    public static IResult NoTicket(HttpRequest request) => Problem(request, StatusCodes.Status400BadRequest, "no-ticket", new(
        "请先从公众号或企业微信的菜单打开会员页。", "Open the member page from the WeChat or WeCom menu first."));

    public static IResult NotBound(HttpRequest request) => Problem(request, StatusCodes.Status404NotFound, "not-bound", new(
        "这个微信还没有绑定会员，请用会员号和短信验证码登录一次完成绑定。", "This account is not bound yet: sign in once with your member number and SMS code to bind it."));

    public static IResult TakenByOther(HttpRequest request) => Problem(request, StatusCodes.Status409Conflict, "bound-to-other", new(
        "这个账号已绑定另一位会员；请那位会员先在会员页解除绑定。", "This account is bound to another member; that member must unbind it on their page first."));

    public static IResult SignInAgain(HttpRequest request) =>
        MemberLanguage.Problem(request, StatusCodes.Status401Unauthorized, "Sign in", MemberLanguage.SignInAgain);
}
