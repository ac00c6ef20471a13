using EngageBot.Core.Time;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.SignUps.Changes;

/// <summary><c>GET /api/admin/activities/{id}/changes</c>: what moved and when, oldest first (times in the union's local time).</summary>
public static class ActivityChangeEndpoints
{
    public static IEndpointRouteBuilder MapActivityChangeApi(this IEndpointRouteBuilder app)
    {
        app.MapAdminGroup("/activities").WithTags("Activities")
            .MapGet("/{id}/changes", ListAsync).WithSummary("The activity's changes of time or place, oldest first").Produces<List<ActivityChangeResponse>>();
        return app;
    }

    private static async Task<IResult> ListAsync(string id, ActivityStore activities, ActivityChangeStore changes, UnionTime time, CancellationToken cancellationToken)
    {
        if (await activities.GetAsync(id, cancellationToken) is null)
        {
            return JsonBody.NotFound($"There is no activity with id '{id}'.");
        }

        var list = await changes.ListAsync(id, cancellationToken);
        return Results.Json(
            [.. list.Select(c => new ActivityChangeResponse(c.Version, time.ToLocal(c.ChangedAt), Schedule(c.Old, time), Schedule(c.New, time)))],
            ActivityChangeJson.Api.ListActivityChangeResponse);
    }

    private static ActivityScheduleResponse Schedule(ActivitySchedule s, UnionTime time) =>
        new(time.ToLocal(s.StartsAt), s.EndsAt is { } end ? time.ToLocal(end) : null, s.Place);
}
