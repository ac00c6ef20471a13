using EngageBot.Core.Time;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Notices;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.SignUps.Admin;

/// <summary>
/// Activities for staff under <c>/api/admin/activities</c>: create, update, cancel (members are told), roster
/// as JSON or CSV, check-in code, and attendance per club.
/// </summary>
public static class ActivityAdminEndpoints
{
    public static IEndpointRouteBuilder MapActivityAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("/activities").WithTags("Activities");
        group.MapGet("/", ListAsync).WithSummary("Upcoming activities (optionally ?clubId=)");
        group.MapPost("/", CreateAsync).WithSummary("Create an activity → 201 with its id").Accepts<ActivityRequest>("application/json").Produces<ActivityResponse>(StatusCodes.Status201Created).ProducesValidationProblem();
        group.MapGet("/{id}", GetAsync).WithSummary("One activity");
        group.MapPut("/{id}", UpdateAsync).WithSummary("Change an activity (a larger capacity promotes from the waitlist; a new time or place tells everyone signed up or waiting)").Accepts<ActivityRequest>("application/json").Produces<ActivityResponse>().ProducesValidationProblem();
        group.MapPost("/{id}/cancel", CancelAsync).WithSummary("Cancel an activity; everyone signed up is told");
        group.MapGet("/{id}/roster", RosterAsync).WithSummary("Confirmed in order, then the waitlist in order").Produces<RosterResponse>();
        group.MapGet("/{id}/roster.csv", RosterCsvAsync).WithSummary("The roster as CSV (UTF-8 with BOM, for Excel)");
        group.MapGet("/{id}/checkin-code", CheckInCodeAsync).WithSummary("The code members send to check in");
        group.MapPost("/{id}/checkin-code", ResetCheckInCodeAsync).WithSummary("Replace the check-in code");
        app.MapAdminGroup("/stats").WithTags("Activities").MapGet("/attendance", AttendanceAsync).WithSummary("Attendance per club");
        return app;
    }

    private static async Task<IResult> ListAsync(string? clubId, ActivityStore activities, UnionTime time, CancellationToken cancellationToken)
    {
        var list = await activities.ListUpcomingAsync(clubId, 200, cancellationToken);
        return Results.Json(list.Select(a => a.ToResponse(time)).ToList(), SignUpAdminJson.Api.ListActivityResponse);
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest request, SignUpService activities, ClubStore clubs, UnionTime time, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, SignUpAdminJson.Api.ActivityRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var (draft, errors) = ActivityRequestValidator.Validate(body, time, clock.GetUtcNow());
        if (draft is null)
        {
            return Results.ValidationProblem(errors);
        }

        if (await ClubProblemAsync(draft.ClubId, clubs, cancellationToken) is { } clubProblem)
        {
            return clubProblem;
        }

        var created = await activities.CreateActivityAsync(draft, cancellationToken);
        return Results.Json(created.ToResponse(time), SignUpAdminJson.Api.ActivityResponse,
            statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> GetAsync(string id, ActivityStore activities, UnionTime time, CancellationToken cancellationToken) =>
        await activities.GetAsync(id, cancellationToken) is { } activity
            ? Results.Json(activity.ToResponse(time), SignUpAdminJson.Api.ActivityResponse)
            : NoActivity(id);

    private static async Task<IResult> UpdateAsync(
        string id, HttpRequest request, ActivityStore activities, ClubStore clubs, SignUpService service,
        UnionTime time, TimeProvider clock, CancellationToken cancellationToken)
    {
        var current = await activities.GetAsync(id, cancellationToken);
        if (current is null)
        {
            return NoActivity(id);
        }

        var (body, problem) = await JsonBody.ReadAsync(request, SignUpAdminJson.Api.ActivityRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var (draft, errors) = ActivityRequestValidator.Validate(body.KeepingUnsent(current, time), time, clock.GetUtcNow(), current.StartsAt);
        if (draft is null)
        {
            return Results.ValidationProblem(errors);
        }

        if (await ClubProblemAsync(draft.ClubId, clubs, cancellationToken) is { } clubProblem)
        {
            return clubProblem;
        }

        var result = await service.UpdateActivityAsync(id, draft, cancellationToken);
        return result.Kind switch
        {
            ActivityUpdateKind.Updated => Results.Json(result.Activity!.ToResponse(time), SignUpAdminJson.Api.ActivityResponse),
            ActivityUpdateKind.NotFound => NoActivity(id),
            ActivityUpdateKind.AlreadyCancelled => Results.Problem(
                title: "Conflict", detail: "The activity is cancelled and can no longer change.", statusCode: StatusCodes.Status409Conflict),
            _ => Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["capacity"] = [$"{result.Activity!.Confirmed} members already hold seats; capacity cannot be lower than that."],
            }),
        };
    }

    private static async Task<IResult> CancelAsync(string id, SignUpService service, UnionTime time, CancellationToken cancellationToken)
    {
        var result = await service.CancelActivityAsync(id, cancellationToken);
        return result.Activity is { } activity
            ? Results.Json(activity.ToResponse(time), SignUpAdminJson.Api.ActivityResponse)
            : NoActivity(id);
    }

    private static async Task<IResult> RosterAsync(
        string id, ActivityStore activities, SignUpLists signUps, Forms.FormStore forms, UnionTime time, CancellationToken cancellationToken)
    {
        if (await activities.GetAsync(id, cancellationToken) is null)
        {
            return NoActivity(id);
        }

        var roster = await signUps.GetRosterAsync(id, cancellationToken);
        return Results.Json(roster.ToResponse(time, await forms.GetFieldsAsync(id, cancellationToken)), SignUpAdminJson.Api.RosterResponse);
    }

    private static async Task<IResult> RosterCsvAsync(
        string id, ActivityStore activities, SignUpLists signUps, Forms.FormStore forms, UnionTime time, CancellationToken cancellationToken)
    {
        if (await activities.GetAsync(id, cancellationToken) is null)
        {
            return NoActivity(id);
        }

        var roster = await signUps.GetRosterAsync(id, cancellationToken);
        return Results.File(RosterCsv.Write(roster, time, await forms.GetFieldsAsync(id, cancellationToken)), "text/csv; charset=utf-8", $"roster-{id}.csv");
    }

    private static async Task<IResult> CheckInCodeAsync(string id, ActivityStore activities, CancellationToken cancellationToken) =>
        await activities.GetAsync(id, cancellationToken) is { } activity
            ? Results.Json(new CheckInCodeResponse(activity.Id, activity.CheckInCode), SignUpAdminJson.Api.CheckInCodeResponse)
            : NoActivity(id);

    private static async Task<IResult> ResetCheckInCodeAsync(string id, ActivityStore activities, CancellationToken cancellationToken) =>
        await activities.ResetCheckInCodeAsync(id, cancellationToken) is { } code
            ? Results.Json(new CheckInCodeResponse(id, code), SignUpAdminJson.Api.CheckInCodeResponse)
            : NoActivity(id);

    private static async Task<IResult> AttendanceAsync(ActivityStore activities, CancellationToken cancellationToken)
    {
        var stats = await activities.AttendanceByClubAsync(cancellationToken);
        return Results.Json(
            stats.Select(s => new ClubAttendanceResponse(s.ClubId, s.ClubName, s.Activities, s.Confirmed, s.Attended,
                s.Confirmed == 0 ? 0 : Math.Round((double)s.Attended / s.Confirmed, 3))).ToList(),
            SignUpAdminJson.Api.ListClubAttendanceResponse);
    }

    internal static async Task<IResult?> ClubProblemAsync(string? clubId, ClubStore clubs, CancellationToken cancellationToken) =>
        clubId is null || await clubs.GetAsync(clubId, cancellationToken) is { IsActive: true }
            ? null
            : Results.ValidationProblem(new Dictionary<string, string[]> { ["clubId"] = [$"There is no open club with id '{clubId}'."] });

    private static IResult NoActivity(string id) => JsonBody.NotFound($"There is no activity with id '{id}'.");
}
