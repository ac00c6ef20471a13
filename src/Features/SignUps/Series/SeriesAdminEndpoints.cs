using EngageBot.Core.Time;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.SignUps.Admin;
using EngageBot.Features.SignUps.Forms;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.SignUps.Series;

/// <summary>
/// Recurring activities under <c>/api/admin/activity-series</c>: create a weekly series, change or cancel every
/// occurrence still to come (or from one on), give them one sign-up form. One occurrence alone is changed or
/// cancelled as any activity (<see cref="ActivityAdminEndpoints"/>).
/// </summary>
public static class SeriesAdminEndpoints
{
    public static IEndpointRouteBuilder MapSeriesAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("/activity-series").WithTags("Activities");
        group.MapGet("/", ListAsync).WithSummary("Series with occurrences still to come").Produces<List<SeriesSummaryResponse>>();
        group.MapPost("/", CreateAsync).WithSummary("Create a series: the first occurrence repeated weekly → 201")
            .Accepts<SeriesRequest>("application/json").Produces<SeriesResponse>(StatusCodes.Status201Created).ProducesValidationProblem();
        group.MapGet("/{id}", GetAsync).WithSummary("A series and all its occurrences").Produces<SeriesResponse>();
        group.MapPut("/{id}", ChangeAsync).WithSummary("Change every occurrence still to come; each tells its own members of a new time or place")
            .Accepts<SeriesChangeRequest>("application/json").Produces<SeriesResponse>().ProducesValidationProblem();
        group.MapPost("/{id}/cancel", CancelAsync).WithSummary("Cancel every occurrence still to come (?fromActivityId= from that one on)").Produces<SeriesResponse>();
        group.MapPut("/{id}/form", FormAsync).WithSummary("Give every occurrence still to come the same sign-up form")
            .Accepts<FormRequest>("application/json").ProducesValidationProblem();
        return app;
    }

    private static async Task<IResult> ListAsync(SeriesStore series, UnionTime time, CancellationToken cancellationToken) =>
        Results.Json(
            [.. (await series.ListUpcomingAsync(cancellationToken)).Select(s => new SeriesSummaryResponse(
                s.Series.Id, s.Series.ClubId, s.Series.Title, s.Series.IntervalWeeks, s.Upcoming, time.ToLocal(s.Next)))],
            SeriesJson.Api.ListSeriesSummaryResponse);

    private static async Task<IResult> CreateAsync(
        HttpRequest request, SeriesService series, ClubStore clubs, UnionTime time, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, SeriesJson.Api.SeriesRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var (first, count, weeks, errors) = SeriesRequestValidator.Validate(body, time, clock.GetUtcNow());
        if (first is null)
        {
            return Results.ValidationProblem(errors);
        }

        if (await ActivityAdminEndpoints.ClubProblemAsync(first.ClubId, clubs, cancellationToken) is { } clubProblem)
        {
            return clubProblem;
        }

        var created = await series.CreateAsync(first, count, weeks, cancellationToken);
        return Results.Json(Response(created, time), SeriesJson.Api.SeriesResponse, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> GetAsync(string id, SeriesStore series, UnionTime time, CancellationToken cancellationToken) =>
        await series.GetAsync(id, cancellationToken) is { } found
            ? Results.Json(Response(found, time), SeriesJson.Api.SeriesResponse)
            : NoSeries(id);

    private static async Task<IResult> ChangeAsync(
        string id, HttpRequest request, SeriesService service, SeriesStore series, UnionTime time, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, SeriesJson.Api.SeriesChangeRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var (patch, errors) = SeriesRequestValidator.Validate(body);
        if (patch is null)
        {
            return Results.ValidationProblem(errors);
        }

        var result = await service.ChangeFutureAsync(id, body.FromActivityId, patch, cancellationToken);
        return await AnswerAsync(id, body.FromActivityId, result, series, time, cancellationToken);
    }

    private static async Task<IResult> CancelAsync(
        string id, string? fromActivityId, SeriesService service, SeriesStore series, UnionTime time, CancellationToken cancellationToken) =>
        await AnswerAsync(id, fromActivityId, await service.CancelFutureAsync(id, fromActivityId, cancellationToken), series, time, cancellationToken);

    private static async Task<IResult> FormAsync(string id, HttpRequest request, SeriesStore series, FormStore forms, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await series.GetAsync(id, cancellationToken) is not { } found)
        {
            return NoSeries(id);
        }

        var (body, problem) = await JsonBody.ReadAsync(request, SeriesJson.Api.FormRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var (fields, errors) = FormRequestValidator.Validate(body);
        if (fields is null)
        {
            return Results.ValidationProblem(errors);
        }

        var future = found.Occurrences.Where(a => a.Status == ActivityStatus.Active && a.StartsAt > clock.GetUtcNow()).ToList();
        foreach (var occurrence in future)
        {
            await forms.SetFieldsAsync(occurrence.Id, fields, cancellationToken);
        }

        return Results.Json([.. future.Select(a => new FormResponse(a.Id, fields))], SeriesJson.Api.ListFormResponse);
    }

    private static async Task<IResult> AnswerAsync(
        string id, string? fromActivityId, SeriesChangeResult result, SeriesStore series, UnionTime time, CancellationToken cancellationToken)
    {
        return result.Kind switch
        {
            SeriesChangeKind.NotFound => fromActivityId is null
                ? NoSeries(id)
                : JsonBody.NotFound($"Series '{id}' has no occurrence '{fromActivityId}' still to come."),
            SeriesChangeKind.CapacityBelowConfirmed => Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["capacity"] = [$"{result.Blocking!.Confirmed} members already hold seats on {time.ToLocal(result.Blocking.StartsAt):yyyy-MM-dd}; capacity cannot be lower than that. Nothing was changed."],
            }),
            SeriesChangeKind.StartsInPast => Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["startTime"] = [$"The occurrence on {time.ToLocal(result.Blocking!.StartsAt):yyyy-MM-dd} would start in the past; change it alone or from the next one on. Nothing was changed."],
            }),
            _ => Results.Json(
                Response((await series.GetAsync(id, cancellationToken))!, time) with { Told = result.Results.Sum(r => r.NoticeIds.Count) },
                SeriesJson.Api.SeriesResponse),
        };
    }

    private static SeriesResponse Response(SeriesWithOccurrences found, UnionTime time) => new(
        found.Series.Id, found.Series.ClubId, found.Series.Title, found.Series.IntervalWeeks, [.. found.Occurrences.Select(a => a.ToResponse(time))]);

    private static IResult NoSeries(string id) => JsonBody.NotFound($"There is no activity series with id '{id}'.");
}
