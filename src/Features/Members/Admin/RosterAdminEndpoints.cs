using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Members.Roster;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Members.Admin;

/// <summary>
/// The roster for staff under <c>/api/admin/members</c>: search (paged, phones masked), one member (phone whole),
/// edit, deactivate (which signs them out everywhere) and reactivate, the unit tree, and the CSV import.
/// Every change is audited by the admin group's filter with the member number, never the phone.
/// </summary>
public static class RosterAdminEndpoints
{
    public const int MaxPageSize = 200;

    public static IEndpointRouteBuilder MapRosterAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("/members").WithTags("Members");
        group.MapGet("/", ListAsync).WithSummary("Search the roster: ?query= (number or name), unit= (and below), status=, page=, pageSize=")
            .Produces<RosterListView>().ProducesValidationProblem();
        group.MapGet("/units", UnitsAsync).WithSummary("The unit tree with member counts").Produces<List<UnitNode>>();
        // No Accepts metadata: routing would answer another content type with a bare 415; the endpoint says what to send instead.
        group.MapPost("/import", RosterImportEndpoint.ImportAsync).WithSummary("Import the roster from CSV (?preview=true writes nothing)")
            .WithDescription("Body: the roster as CSV (text/csv, UTF-8), header 会员号,姓名,手机号,工会[,入会日期] or memberNumber,name,phone,unit[,joinedOn].")
            .Produces<RosterImportReport>().ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/{memberNumber}", GetAsync).WithSummary("One member, phone shown whole").Produces<RosterMemberView>();
        group.MapPut("/{memberNumber}", UpdateAsync).WithSummary("Change a member's name, phone, unit, joined date and 企业微信账号 (wecomUserId: left out keeps it, empty clears it)")
            .Accepts<UpdateMemberRequest>("application/json").Produces<RosterMemberView>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{memberNumber}/deactivate", (string memberNumber, IMemberRoster roster, CancellationToken ct) =>
            SetStatusAsync(memberNumber, MemberStatus.Deactivated, roster, ct)).WithSummary("Deactivate a member: every session of theirs ends at once");
        group.MapPost("/{memberNumber}/reactivate", (string memberNumber, IMemberRoster roster, CancellationToken ct) =>
            SetStatusAsync(memberNumber, MemberStatus.Active, roster, ct)).WithSummary("Reactivate a member (they sign in again)");
        return app;
    }

    private static async Task<IResult> ListAsync(
        string? query, string? unit, string? status, int? page, int? pageSize, IRosterAdmin roster, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var unitPath = unit is null ? null : UnitPath.Normalize(unit);
        if (unit is not null && unitPath is null)
        {
            errors["unit"] = ["unit: a unit path such as 区总工会/基层工会."];
        }

        MemberStatus? filter = status switch
        {
            null => null,
            "active" => MemberStatus.Active,
            "deactivated" => MemberStatus.Deactivated,
            _ => null,
        };
        if (status is not null && filter is null)
        {
            errors["status"] = ["status: active or deactivated."];
        }

        if (page is < 1 || pageSize is < 1 or > MaxPageSize || query is { Length: > 64 })
        {
            errors["page"] = [$"page ≥ 1, pageSize 1–{MaxPageSize}, query up to 64 characters."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var request = new RosterQuery(query, unitPath, filter, page ?? 1, pageSize ?? 50);
        var found = await roster.SearchAsync(request, cancellationToken);
        return Results.Json(new RosterListView([.. found.Members.Select(m => RosterMemberView.From(m, wholePhone: false))], found.Total, request.Page, request.PageSize),
            RosterJson.Api.RosterListView);
    }

    private static async Task<IResult> UnitsAsync(IRosterAdmin roster, CancellationToken cancellationToken) =>
        Results.Json([.. UnitTree.Build(await roster.CountByUnitAsync(cancellationToken))], RosterJson.Api.ListUnitNode);

    private static async Task<IResult> GetAsync(string memberNumber, IMemberRoster roster, CancellationToken cancellationToken) =>
        await roster.FindAsync(memberNumber, cancellationToken) is { } member
            ? Results.Json(RosterMemberView.From(member, wholePhone: true), RosterJson.Api.RosterMemberView)
            : NoMember(memberNumber);

    private static async Task<IResult> UpdateAsync(
        string memberNumber, HttpRequest request, IMemberRoster roster, IRosterAdmin admin, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, RosterJson.Api.UpdateMemberRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        // Left out, the 企业微信账号 stays as the roster has it (clients written before the field keep working).
        var wecom = body.WeComUserId ?? (await roster.FindAsync(memberNumber, cancellationToken))?.WeComUserId;
        var (member, problems) = MemberDetailsRules.Check(new MemberDetails(memberNumber, body.Name, body.Phone, body.Unit, body.JoinedOn, wecom));
        if (member is null)
        {
            return Results.ValidationProblem(problems.ToDictionary(p => p.Field, p => new[] { p.Text }, StringComparer.Ordinal));
        }

        var edit = await admin.UpdateDetailsAsync(member, cancellationToken);
        return edit.Outcome switch
        {
            RosterEditOutcome.WeComAccountTaken => Results.Problem(
                title: "WeCom account taken",
                detail: $"企业微信账号 {member.WeComUserId} 已填在会员 {edit.WeComHolder} 名下，一个账号只能对应一位会员：请先在那位会员处清空或改正，再保存。 / The WeCom account {member.WeComUserId} is already on member {edit.WeComHolder}'s row; one account belongs to one member: clear or correct it there first.",
                statusCode: StatusCodes.Status409Conflict),
            RosterEditOutcome.Updated when await roster.FindAsync(memberNumber, cancellationToken) is { } updated =>
                Results.Json(RosterMemberView.From(updated, wholePhone: true), RosterJson.Api.RosterMemberView),
            _ => NoMember(memberNumber),
        };
    }

    private static async Task<IResult> SetStatusAsync(string memberNumber, MemberStatus status, IMemberRoster roster, CancellationToken cancellationToken) =>
        await roster.SetStatusAsync(memberNumber, status, cancellationToken) && await roster.FindAsync(memberNumber, cancellationToken) is { } member
            ? Results.Json(RosterMemberView.From(member, wholePhone: false), RosterJson.Api.RosterMemberView)
            : NoMember(memberNumber);

    private static IResult NoMember(string memberNumber) => Results.Problem(
        title: "Not found",
        detail: $"名册里没有会员号 {memberNumber.Trim().ToUpperInvariant()}。 / No member with the number {memberNumber.Trim().ToUpperInvariant()} is on the roster.",
        statusCode: StatusCodes.Status404NotFound);
}
