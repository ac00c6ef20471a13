using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Staff;

/// <summary><c>GET /api/admin/audit</c> (admins only): staff actions, newest first.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapAdminGroup("/audit").RequireAuthorization(StaffAuthentication.AdminPolicy).WithTags("Staff")
            .MapGet("/", ListAsync)
            .WithSummary("The audit log, newest first (?limit=1..500, ?before=id for the next page; admins only)")
            .Produces<List<AuditEntry>>().ProducesValidationProblem();
        return app;
    }

    private static async Task<IResult> ListAsync(AuditStore store, int? limit, long? before, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 500)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["limit must be between 1 and 500."] });
        }

        var entries = await store.ListAsync(limit ?? 100, before, cancellationToken);
        return Results.Json(entries, ConsoleJson.Default.IReadOnlyListAuditEntry);
    }
}
