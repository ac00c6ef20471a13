using System.Security.Claims;
using EngageBot.Core.State;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Privacy;

/// <summary>
/// Personal data of a WeChat / WeCom person who is not on the roster, for admins: <c>GET
/// /api/admin/accounts/{channel}/{userId}/export</c> (<c>?format=text</c>: the summary) and <c>POST …/erase</c> with
/// <c>{"confirmUserId"}</c>. 404 for an account nothing is stored under, 409 naming the member for a bound one.
/// </summary>
public static class PrivacyAccountEndpoints
{
    public const string ExportAction = "GET /api/admin/accounts/{channel}/{userId}/export";

    public static IEndpointRouteBuilder MapAccountPrivacyApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("/accounts").RequireAuthorization(StaffAuthentication.AdminPolicy).WithTags("Personal data");
        group.MapGet("/{channel}/{userId}/export", ExportAsync)
            .WithSummary("Everything stored about a WeChat or WeCom person who is not on the roster (?format=text: the summary)")
            .Produces<PersonalDataExport>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{channel}/{userId}/erase", EraseAsync)
            .WithSummary("Erase a WeChat or WeCom person who is not on the roster: body {\"confirmUserId\": the same id}")
            .Accepts<AccountEraseRequest>("application/json").Produces<ErasureReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> ExportAsync(
        string channel, string userId, string? format, HttpContext http, AccountPrivacy privacy, StaffAudit audit, CancellationToken cancellationToken)
    {
        var (account, problem) = await FindAsync(channel, userId, privacy, cancellationToken);
        var export = account is { } found ? await privacy.ExportAsync(found, cancellationToken) : null;
        await audit.RecordAsync(http.User, ExportAction, "account=" + Shown(channel, userId),
            problem is IStatusCodeHttpResult { StatusCode: { } refused } ? refused : StatusCodes.Status200OK, CancellationToken.None);
        return problem ?? (format == "text"
            ? Results.Text(export!.Summary, "text/plain; charset=utf-8")
            : Results.Json(export!, PrivacyJson.Api.PersonalDataExport));
    }

    private static async Task<IResult> EraseAsync(
        string channel, string userId, HttpRequest request, AccountPrivacy privacy, ILogger<PersonalDataService> logger, CancellationToken cancellationToken)
    {
        var (body, invalid) = await JsonBody.ReadAsync(request, PrivacyJson.Api.AccountEraseRequest, cancellationToken);
        if (body is null)
        {
            return invalid!;
        }

        if (!string.Equals(body.ConfirmUserId?.Trim(), userId, StringComparison.Ordinal))
        {
            PrivacyLog.ErasureUnconfirmed(logger);
            return JsonBody.BadRequest(
                "删除数据无法撤销：请在 confirmUserId 中再次填写该账号（openid / userid）以确认。 / Erasing cannot be undone: repeat the account id in confirmUserId to confirm.");
        }

        var (account, problem) = await FindAsync(channel, userId, privacy, cancellationToken);
        return problem ?? Results.Json(
            await privacy.EraseAsync(account!.Value, request.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken),
            PrivacyJson.Api.ErasureReport);
    }

    private static async Task<(MemberKey? Account, IResult? Problem)> FindAsync(string channel, string userId, AccountPrivacy privacy, CancellationToken cancellationToken)
    {
        if (!AccountPrivacy.IsAccountChannel(channel) || userId.Length is 0 or > 128)
        {
            return (null, JsonBody.BadRequest("渠道只能是 wechat 或 wecom，账号为 openid 或 userid。 / The channel must be wechat or wecom, the account an openid or userid."));
        }

        var account = new MemberKey(channel, userId);
        var (status, memberNumber) = await privacy.FindAsync(account, cancellationToken);
        return status switch
        {
            AccountStatus.Found => (account, null),
            AccountStatus.BoundToMember => (null, Results.Problem(title: "Bound to a member", statusCode: StatusCodes.Status409Conflict,
                detail: $"这个账号已绑定会员 {memberNumber}，请导出或删除该会员的数据（包括这个账号）。 / This account is bound to member {memberNumber}: export or erase the member, which covers the account.")),
            _ => (null, JsonBody.NotFound($"没有保存账号 {Shown(channel, userId)} 的任何数据（或已删除）。 / Nothing is stored for the account {Shown(channel, userId)} (or it was erased).")),
        };
    }

    private static string Shown(string channel, string userId) => channel + "/" + (userId.Length <= 64 ? userId : userId[..64]);
}
