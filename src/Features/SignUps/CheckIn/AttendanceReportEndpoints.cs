using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.SignUps.CheckIn;

/// <summary>
/// Attendance over time for the console's attendance page: each activity that started in the last months (JSON, or
/// CSV for Excel), beside <see cref="CheckInEndpoints"/>' per-club monthly totals.
/// </summary>
public static class AttendanceReportEndpoints
{
    public static IEndpointRouteBuilder MapAttendanceReportApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("/stats").WithTags("Activities");
        group.MapGet("/attendance/activities", ListAsync)
            .WithSummary("Signed up and checked in per activity that started in the last months (?clubId=, ?months=1–24, default 6)")
            .Produces<List<ActivityAttendanceRow>>().ProducesValidationProblem();
        group.MapGet("/attendance/activities.csv", CsvAsync)
            .WithSummary("The same as CSV (UTF-8 with BOM, for Excel)").ProducesValidationProblem();
        return app;
    }

    private static async Task<IResult> ListAsync(string? clubId, int? months, AttendanceStore attendance, CancellationToken cancellationToken) =>
        Problem(months) ?? Results.Json((await attendance.ActivitiesAsync(clubId, months ?? 6, cancellationToken)).ToList(), CheckInJson.Api.ListActivityAttendanceRow);

    private static async Task<IResult> CsvAsync(string? clubId, int? months, AttendanceStore attendance, CancellationToken cancellationToken) =>
        Problem(months) ?? Results.File(AttendanceCsv.Write(await attendance.ActivitiesAsync(clubId, months ?? 6, cancellationToken)),
            "text/csv; charset=utf-8", $"attendance-{months ?? 6}-months.csv");

    private static IResult? Problem(int? months) => months is < 1 or > 24
        ? Results.ValidationProblem(new Dictionary<string, string[]> { ["months"] = ["Use 1–24 (default 6)."] })
        : null;
}
