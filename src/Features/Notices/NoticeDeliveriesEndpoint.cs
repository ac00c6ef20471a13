using Microsoft.AspNetCore.Http;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// <c>GET /api/admin/notices/{id}/deliveries?status=failed|pending|sent|skipped|waiting&amp;after=&amp;limit=</c>: who got the
/// notice, when, and why not, a page at a time (<c>next</c> is the <c>after</c> of the following page).
/// </summary>
public static class NoticeDeliveriesEndpoint
{
    private static readonly Dictionary<DeliveryStatus, string> Names = new()
    {
        [DeliveryStatus.Pending] = "pending",
        [DeliveryStatus.Sent] = "sent",
        [DeliveryStatus.Failed] = "failed",
        [DeliveryStatus.Skipped] = "skipped",
        [DeliveryStatus.WaitingForSignIn] = "waiting",
    };

    public static async Task<IResult> ListAsync(
        string id, string? status, long? after, int? limit, NoticeStore notices, OutboxDeliveries deliveries, CancellationToken cancellationToken)
    {
        DeliveryStatus? filter = Names.Where(n => n.Value == status).Select(n => (DeliveryStatus?)n.Key).FirstOrDefault();
        if (status is not null && filter is null)
        {
            return Invalid("status", "status must be one of failed, pending, sent, skipped, waiting.");
        }

        if (limit is < 1 or > 500)
        {
            return Invalid("limit", "limit must be between 1 and 500.");
        }

        if (after is < 0)
        {
            return Invalid("after", "after must be a non-negative row id (the next of the previous page).");
        }

        if (await notices.GetAsync(id, cancellationToken) is null)
        {
            return Results.Problem(title: "Notice not found", detail: $"No notice has the id '{id}'.", statusCode: StatusCodes.Status404NotFound);
        }

        var size = limit ?? 100;
        var page = await deliveries.ListAsync(id, filter, after ?? 0, size, cancellationToken);
        var views = page.Select(d => new DeliveryView(d.MemberKey.Format(), d.FiringId, Names[d.Status], d.UpdatedAt, d.Attempts, d.Reason)).ToList();
        return Results.Json(new DeliveryPage(views, page.Count == size ? page[^1].Id : null), NoticesApiJson.Api.DeliveryPage);
    }

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
