using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Staff;

/// <summary><c>GET /api/admin/dashboard</c>: the figures on the console's first page.</summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        app.MapAdminGroup("/dashboard").WithTags("Dashboard")
            .MapGet("/", ReadAsync)
            .WithSummary("Members, active conversations this week, sign-ups per club, notices sent, open hand-offs")
            .Produces<DashboardFigures>();
        return app;
    }

    private static async Task<IResult> ReadAsync(DashboardQueries queries, TimeProvider clock, CancellationToken cancellationToken) =>
        Results.Json(await queries.ReadAsync(clock.GetUtcNow() - TimeSpan.FromDays(7), cancellationToken), ConsoleJson.Default.DashboardFigures);
}
