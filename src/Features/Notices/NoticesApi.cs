using System.Text.Json;
using EngageBot.Features.Channels.BotFramework;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Notices;

/// <summary>
/// Staff notices under /api/admin (the group carries staff auth): schedule, list, read with delivery report,
/// cancel, preview. Bad input gets a 400 naming the field and changes nothing.
/// </summary>
public static class NoticesApi
{
    public static RouteGroupBuilder MapNoticesApi(this RouteGroupBuilder admin)
    {
        var notices = admin.MapGroup("/notices").WithTags("Notices");
        notices.MapPost("/", CreateAsync).WithName("CreateNotice").WithSummary("Schedule a notice (no sendAt and no cron: now)")
            .Accepts<NoticeDraft>("application/json").Produces<NoticeView>(StatusCodes.Status201Created);
        notices.MapGet("/", ListAsync).WithName("ListNotices").WithSummary("Notices, newest first, with their delivery reports").Produces<NoticeList>();
        notices.MapGet("/{id}", GetAsync).WithName("GetNotice").WithSummary("A notice with its delivery report").Produces<NoticeView>();
        notices.MapGet("/{id}/deliveries", NoticeDeliveriesEndpoint.ListAsync).WithName("ListNoticeDeliveries")
            .WithSummary("Who got the notice, when, and why it failed (?status=failed|pending|sent|skipped|waiting, paged with after/limit)").Produces<DeliveryPage>();
        notices.MapDelete("/{id}", CancelAsync).WithName("CancelNotice").WithSummary("Cancel a notice that has not fired, or the future firings of a recurring one");
        notices.MapPost("/preview", PreviewAsync).WithName("PreviewNotice").WithSummary("How many a draft reaches and when it fires; nothing is stored")
            .Accepts<NoticeDraft>("application/json").Produces<NoticePreview>();
        notices.MapReceiptsApi();
        return admin;
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest request, NoticeService service, NoticeStore store, ReceiptTotals totals, HostedGroupReferences groupReferences, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (draft, problem) = await ReadDraftAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (service.Validate(draft!, out _) is { Count: > 0 } problems)
        {
            return Invalid(problems);
        }

        if (await service.UnknownUnitsAsync(draft!, cancellationToken) is { Count: > 0 } unknown)
        {
            return Invalid(unknown);
        }

        if (await service.CheckPartsAsync(draft!, cancellationToken) is { Count: > 0 } parts)
        {
            return Invalid(parts);
        }

        await groupReferences.EnsureAsync(draft!.Audience!, cancellationToken); // a group chosen in the console may never have talked to the bot
        var notice = await service.CreateAsync(draft!, createdBy: null, cancellationToken);
        var view = await ViewAsync(notice, store, totals, clock, cancellationToken);
        request.HttpContext.Response.Headers.Location = $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{Uri.EscapeDataString(notice.Id)}";
        return Results.Json(view, NoticesApiJson.Api.NoticeView, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ListAsync(NoticeStore store, ReceiptTotals totals, TimeProvider clock, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 200)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["limit must be between 1 and 200."] });
        }

        var views = new List<NoticeView>();
        foreach (var notice in await store.ListAsync(NoticeKinds.Notice, limit ?? 50, cancellationToken))
        {
            views.Add(await ViewAsync(notice, store, totals, clock, cancellationToken));
        }

        return Results.Json(new NoticeList(views), NoticesApiJson.Api.NoticeList);
    }

    private static async Task<IResult> GetAsync(string id, NoticeStore store, ReceiptTotals totals, TimeProvider clock, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } notice
            ? Results.Json(await ViewAsync(notice, store, totals, clock, cancellationToken), NoticesApiJson.Api.NoticeView)
            : NotFound(id);

    private static async Task<IResult> CancelAsync(string id, NoticeService service, NoticeStore store, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } notice)
        {
            return NotFound(id);
        }

        return await service.CancelAsync(notice, cancellationToken)
            ? Results.NoContent()
            : Results.Problem(
                title: "Nothing to cancel",
                detail: notice.Status == NoticeStatus.Cancelled ? "The notice is already cancelled." : "The notice has already been sent; it cannot be recalled.",
                statusCode: StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> PreviewAsync(HttpRequest request, NoticeService service, QuietHours quietHours, CancellationToken cancellationToken)
    {
        var (draft, problem) = await ReadDraftAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (service.Validate(draft!, out var cron) is { Count: > 0 } problems)
        {
            return Invalid(problems);
        }

        if (await service.UnknownUnitsAsync(draft!, cancellationToken) is { Count: > 0 } unknown)
        {
            return Invalid(unknown);
        }

        if (await service.CheckPartsAsync(draft!, cancellationToken) is { Count: > 0 } parts)
        {
            return Invalid(parts);
        }

        var (recipients, fireTimes) = await service.PreviewAsync(draft!, cron, cancellationToken);
        var held = draft!.Urgent == true || fireTimes.Count == 0 ? null : quietHours.HoldUntil(fireTimes[0]);
        return Results.Json(new NoticePreview(recipients, fireTimes, held, draft.Text!, draft.TextEn), NoticesApiJson.Api.NoticePreview);
    }

    private static async Task<(NoticeDraft? Draft, IResult? Problem)> ReadDraftAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, Results.Problem(title: "JSON expected", detail: "Send the notice as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        try
        {
            var draft = await JsonSerializer.DeserializeAsync(request.Body, NoticesApiJson.Api.NoticeDraft, cancellationToken);
            return draft is null
                ? (null, Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The body must be a notice object."] }))
                : (draft, null);
        }
        catch (JsonException ex)
        {
            return (null, Results.ValidationProblem(new Dictionary<string, string[]>
            {
                [ex.Path is { Length: > 2 } path ? path[2..] : "body"] = ["Could not read this field: check its type (sendAt is an ISO 8601 time with offset, audience lists are string arrays)."],
            }));
        }
    }

    private static IResult Invalid(IReadOnlyList<NoticeValidation> problems) =>
        Results.ValidationProblem(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));

    private static IResult NotFound(string id) =>
        Results.Problem(title: "Notice not found", detail: $"No notice has the id '{id}'.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<NoticeView> ViewAsync(Notice notice, NoticeStore store, ReceiptTotals totals, TimeProvider clock, CancellationToken cancellationToken)
    {
        var confirmed = notice.AsksReceipt ? await store.CountConfirmedAsync(notice.Id, cancellationToken) : (long?)null;
        var report = await store.ReportAsync(notice.Id, cancellationToken);
        var firings = await store.FiringsAsync(notice.Id, cancellationToken);
        var next = notice.Status == NoticeStatus.Scheduled ? NoticeScheduler.NextFireTimes(notice, clock.GetUtcNow(), 3) : [];
        return new NoticeView(
            notice.Id, notice.Kind, notice.Text, notice.TextEn, notice.ActivityId, notice.Audience, notice.SendAt, notice.Cron,
            notice.TimeZone, notice.Urgent, notice.Status.Name(), notice.CreatedAt, next,
            new NoticeReportView(report.Recipients, report.Sent, report.Pending, report.Failed, report.Skipped, report.Waiting),
            [.. firings.Select(f => new NoticeFiringView(f.ScheduledAt, f.FiredAt, f.Status.Name(), f.Reason, f.Recipients))])
        {
            AskReceipt = notice.AsksReceipt ? true : null,
            RemindAfterHours = notice.RemindAfter?.TotalHours,
            Confirmed = confirmed,
            Receipts = notice.AsksReceipt ? await totals.CountAsync(notice.Id, cancellationToken) : null,
        };
    }
}
