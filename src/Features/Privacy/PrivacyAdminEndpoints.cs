using System.Security.Claims;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Members;
using EngageBot.Features.Members.Roster;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Privacy;

/// <summary>
/// A member's personal data for admins: <c>GET /api/admin/members/{memberNumber}/export</c> (JSON, or the Chinese
/// summary with <c>?format=text</c>) and <c>POST …/erase</c> with the member number repeated in the body. Both are
/// audited with the member number only: the erasure by the admin group's filter, the export (a GET, which the filter
/// leaves out) here.
/// </summary>
public static class PrivacyAdminEndpoints
{
    public const string ExportAction = "GET /api/admin/members/{memberNumber}/export";

    public static IEndpointRouteBuilder MapPrivacyAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("/members").RequireAuthorization(StaffAuthentication.AdminPolicy).WithTags("Personal data");
        group.MapGet("/{memberNumber}/export", ExportAsync)
            .WithSummary("Everything stored about one member: JSON with a readable summary (?format=text: the summary alone)")
            .Produces<PersonalDataExport>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{memberNumber}/erase", EraseAsync)
            .WithSummary("Erase a member's personal data: body {\"confirmMemberNumber\": the same number}; repeatable")
            .Accepts<EraseRequest>("application/json").Produces<ErasureReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> ExportAsync(
        string memberNumber, string? format, HttpContext http, PersonalDataService privacy, StaffAudit audit, CancellationToken cancellationToken)
    {
        var export = MemberIdentity.IsMemberNumber(memberNumber) ? await privacy.ExportAsync(memberNumber, cancellationToken) : null;
        var result = export is null
            ? NoMember(memberNumber)
            : format == "text"
                ? Results.Text(export.Summary, "text/plain; charset=utf-8")
                : Results.Json(export, PrivacyJson.Api.PersonalDataExport);
        await audit.RecordAsync(http.User, ExportAction, "memberNumber=" + Shown(memberNumber),
            export is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK, CancellationToken.None);
        return result;
    }

    private static async Task<IResult> EraseAsync(
        string memberNumber, HttpRequest request, PersonalDataService privacy, ILogger<PersonalDataService> logger, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, PrivacyJson.Api.EraseRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        if (!MemberIdentity.IsMemberNumber(memberNumber) || body.ConfirmMemberNumber is null
            || !string.Equals(SqlMemberRoster.Normalize(body.ConfirmMemberNumber), SqlMemberRoster.Normalize(memberNumber), StringComparison.Ordinal))
        {
            PrivacyLog.ErasureUnconfirmed(logger);
            return JsonBody.BadRequest(
                "删除会员数据无法撤销：请在 confirmMemberNumber 中再次填写该会员号以确认。 / Erasing cannot be undone: repeat the member number in confirmMemberNumber to confirm.");
        }

        var report = await privacy.EraseAsync(memberNumber, request.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        return report is null ? NoMember(memberNumber) : Results.Json(report, PrivacyJson.Api.ErasureReport);
    }

    private static string Shown(string memberNumber)
    {
        var shown = memberNumber.Trim().ToUpperInvariant();
        return shown.Length <= 40 ? shown : shown[..40];
    }

    private static IResult NoMember(string memberNumber) => JsonBody.NotFound(
        $"名册里没有会员号 {Shown(memberNumber)}（或其数据已删除）。 / No member with the number {Shown(memberNumber)} is on the roster (or their data was erased).");
}
