using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Operations;

/// <summary>
/// Admin-only operations API: the retention dry run and a run on request (<c>/api/admin/retention</c>), and SQLite
/// backups (<c>/api/admin/backups</c>). Every call is audited by the admin group.
/// </summary>
public static class OperationsEndpoints
{
    /// <summary>What a backup request on PostgreSQL is told (zh / en).</summary>
    public const string PostgresBackupDetail =
        "本服务使用 PostgreSQL，在线备份不由本服务执行：请用 pg_dump 做逻辑备份，或用 WAL 归档做时间点恢复（PITR），步骤见 README 的“Operations”一节。"
        + " This service runs on PostgreSQL, which it does not back up itself: use pg_dump, or WAL archiving for point-in-time recovery (PITR); see the README's Operations section.";

    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder app)
    {
        var retention = app.MapAdminGroup("/retention").RequireAuthorization(StaffAuthentication.AdminPolicy).WithTags("Operations");
        retention.MapGet("/", DryRunAsync).WithSummary("Rows each retention limit would delete now (dry run; admins only)").Produces<List<RetentionView>>();
        retention.MapPost("/runs", RunAsync).WithSummary("Run retention now: deletes in batches, answers with the rows deleted (admins only)").Produces<List<RetentionView>>();

        var backups = app.MapAdminGroup("/backups").RequireAuthorization(StaffAuthentication.AdminPolicy).WithTags("Operations");
        backups.MapGet("/", List).WithSummary("The SQLite backups, newest first (admins only)").Produces<BackupList>().ProducesProblem(StatusCodes.Status409Conflict);
        backups.MapPost("/", TakeAsync).WithSummary("Take an online SQLite backup now (admins only; PostgreSQL: 409, use pg_dump/PITR)")
            .Produces<BackupFile>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> DryRunAsync(RetentionRun run, CancellationToken cancellationToken) =>
        Results.Json(RetentionView.From(await run.DryRunAsync(cancellationToken)), OperationsJson.Api.ListRetentionView);

    private static async Task<IResult> RunAsync(RetentionRun run, CancellationToken cancellationToken) =>
        Results.Json(RetentionView.From(await run.PurgeAsync(cancellationToken)), OperationsJson.Api.ListRetentionView);

    private static IResult List(SqliteBackups backups, IOptions<BackupOptions> options) => backups.Supported
        ? Results.Json(new BackupList(backups.Folder, options.Value.Keep, backups.List()), OperationsJson.Api.BackupList)
        : PostgresProblem();

    private static async Task<IResult> TakeAsync(SqliteBackups backups, CancellationToken cancellationToken)
    {
        if (!backups.Supported)
        {
            return PostgresProblem();
        }

        var file = await backups.TakeAsync(cancellationToken);
        return Results.Json(file, OperationsJson.Api.BackupFile, statusCode: StatusCodes.Status201Created);
    }

    private static IResult PostgresProblem() =>
        Results.Problem(title: "Backups are taken with pg_dump or PITR", detail: PostgresBackupDetail, statusCode: StatusCodes.Status409Conflict);
}
