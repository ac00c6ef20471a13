using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Notices;

/// <summary>
/// The receipts of a notice under /api/admin/notices (the group carries staff auth; POSTs are audited there):
/// the per-member report (paged, filtered, searched), its CSV, and "remind the unconfirmed".
/// </summary>
public static class ReceiptsApi
{
    public static RouteGroupBuilder MapReceiptsApi(this RouteGroupBuilder notices)
    {
        notices.MapGet("/{id}/receipts", ListAsync).WithName("ListNoticeReceipts")
            .WithSummary("Who confirmed the notice, who got it and has not, and whose delivery failed (?state=confirmed|unconfirmed|failed|pending|skipped&q=name or member number, paged with after/limit: after is the previous page's next, negative once the report reaches the members of a group the notice was posted into)")
            .Produces<ReceiptPage>();
        notices.MapGet("/{id}/receipts.csv", CsvAsync).WithName("ExportNoticeReceipts").WithSummary("The receipts report as CSV (UTF-8, for Excel)");
        notices.MapPost("/{id}/receipts/remind", RemindAsync).WithName("RemindUnconfirmed")
            .WithSummary("Remind, through the outbox, every member who got the notice and has not confirmed it (once per member per round)").Produces<ReminderRound>();
        return notices;
    }

    private static async Task<IResult> ListAsync(
        string id, string? state, string? q, long? after, int? limit, NoticeStore notices, ReceiptReport report, CancellationToken cancellationToken)
    {
        var filter = ReceiptReport.Names.Parse(state);
        if (state is not null && filter is null)
        {
            return Invalid("state", "state must be one of confirmed, unconfirmed, failed, pending, skipped.");
        }

        if (limit is < 1 or > 500)
        {
            return Invalid("limit", "limit must be between 1 and 500.");
        }

        if (q?.Length > 100)
        {
            return Invalid("q", "q (a name or member number) may be at most 100 characters.");
        }

        if (await ReceiptNoticeAsync(id, notices, cancellationToken) is (_, { } problem))
        {
            return problem;
        }

        var page = await report.PageAsync(id, filter, q, after ?? 0, limit ?? 100, cancellationToken);
        return Results.Json(page, ReceiptJson.Api.ReceiptPage);
    }

    private static async Task<IResult> CsvAsync(string id, NoticeStore notices, ReceiptReport report, HttpContext http, CancellationToken cancellationToken)
    {
        if (await ReceiptNoticeAsync(id, notices, cancellationToken) is (_, { } problem))
        {
            return problem;
        }

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"receipts-{Uri.EscapeDataString(id)}.csv\"";
        await ReceiptCsv.WriteAsync(http.Response.Body, report, id, cancellationToken);
        return Results.Empty;
    }

    private static async Task<IResult> RemindAsync(string id, NoticeStore notices, ReceiptReminders reminders, HttpContext http, CancellationToken cancellationToken)
    {
        var (notice, problem) = await ReceiptNoticeAsync(id, notices, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (notice!.Status == NoticeStatus.Cancelled)
        {
            return Results.Problem(title: "Notice cancelled", detail: "A cancelled notice cannot be reminded of.", statusCode: StatusCodes.Status409Conflict);
        }

        var round = await reminders.RemindAsync(notice, roundId: null, http.User.Identity?.Name, cancellationToken);
        return Results.Json(round, ReceiptJson.Api.ReminderRound);
    }

    /// <summary>The notice when it exists and asks for receipts; otherwise a 404 or 409 that says what to do.</summary>
    private static async Task<(Notice? Notice, IResult? Problem)> ReceiptNoticeAsync(string id, NoticeStore notices, CancellationToken cancellationToken) =>
        await notices.GetAsync(id, cancellationToken) switch
        {
            null => (null, Results.Problem(title: "Notice not found", detail: $"No notice has the id '{id}'.", statusCode: StatusCodes.Status404NotFound)),
            { AsksReceipt: false } => (null, Results.Problem(
                title: "No receipts asked", detail: "This notice does not ask members to confirm; send a new notice with askReceipt: true.", statusCode: StatusCodes.Status409Conflict)),
            var notice => (notice, null),
        };

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
