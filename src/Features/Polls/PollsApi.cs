using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Groups;
using EngageBot.Features.Notices;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Polls;

/// <summary>
/// Staff polls under /api/admin/polls (the admin group carries staff auth and the audit log): start one in a group
/// or as a notice, list them, read live results, close early, export the results as CSV. Bad input gets a 400 naming
/// the field and changes nothing.
/// </summary>
public static class PollsApi
{
    public static IEndpointRouteBuilder MapPollsApi(this IEndpointRouteBuilder app)
    {
        var polls = app.MapAdminGroup("/polls").WithTags("Polls");
        polls.MapPost("/", CreateAsync).WithName("CreatePoll").WithSummary("Start a poll in a group (groupId) or as a notice (audience)")
            .Accepts<PollDraft>("application/json").Produces<PollView>(StatusCodes.Status201Created).ProducesValidationProblem();
        polls.MapGet("/", ListAsync).WithName("ListPolls").WithSummary("Polls, newest first, with their results").Produces<PollList>();
        polls.MapGet("/{id}", GetAsync).WithName("GetPoll").WithSummary("A poll's live results (voters only on named polls)")
            .Produces<PollView>().ProducesProblem(StatusCodes.Status404NotFound);
        polls.MapPost("/{id}/close", CloseAsync).WithName("ClosePoll").WithSummary("Close a poll before its deadline (a group poll's results are posted)")
            .Produces<PollView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        polls.MapGet("/{id}/results.csv", PollCsv.WriteAsync).WithName("ExportPollResults").WithSummary("The results as CSV (UTF-8, for Excel)");
        return app;
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest request, PollService service, PollStore store, GroupService groups, NoticeService notices, IOptions<PollOptions> options,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var (draft, problem) = await JsonBody.ReadAsync(request, PollsJson.Api.PollDraft, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var problems = PollValidation.Check(draft!, clock.GetUtcNow(), options.Value).ToList();
        if (problems.Count == 0 && draft!.GroupId is { } groupId && await groups.FindAsync(groupId.Trim(), cancellationToken) is null)
        {
            problems.Add(("groupId", "There is no such group; see GET /api/admin/groups."));
        }

        if (problems.Count == 0 && draft!.Audience is { } audience)
        {
            var asNotice = new NoticeDraft { Text = draft.Question, Audience = audience };
            problems.AddRange(notices.Validate(asNotice, out _).Where(p => p.Field == "audience").Select(p => (p.Field, p.Message)));
            problems.AddRange((await notices.UnknownUnitsAsync(asNotice, cancellationToken)).Select(p => (p.Field, p.Message)));
        }

        if (problems.Count > 0)
        {
            return Results.ValidationProblem(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        var poll = await service.CreateAsync(draft!, request.HttpContext.User.Identity?.Name, cancellationToken);
        request.HttpContext.Response.Headers.Location = $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{Uri.EscapeDataString(poll.Id)}";
        return Results.Json(PollViews.Build(poll, [], clock.GetUtcNow()), PollsJson.Api.PollView, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ListAsync(int? limit, PollStore store, BallotStore ballots, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 200)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["limit must be between 1 and 200."] });
        }

        var views = new List<PollView>();
        foreach (var poll in await store.ListAsync(limit ?? 50, cancellationToken))
        {
            views.Add(PollViews.Build(poll, await ballots.ListAsync(poll.Id, cancellationToken), clock.GetUtcNow()));
        }

        return Results.Json(new PollList(views), PollsJson.Api.PollList);
    }

    private static async Task<IResult> GetAsync(string id, PollStore store, BallotStore ballots, TimeProvider clock, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } poll
            ? Results.Json(PollViews.Build(poll, await ballots.ListAsync(id, cancellationToken), clock.GetUtcNow()), PollsJson.Api.PollView)
            : NotFound(id);

    private static async Task<IResult> CloseAsync(
        string id, PollService service, PollStore store, BallotStore ballots, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is null)
        {
            return NotFound(id);
        }

        if (!await service.CloseAsync(id, http.User.Identity?.Name ?? "staff", cancellationToken))
        {
            return Results.Problem(title: "Poll closed", detail: "This poll is already closed; its results stay as they are.", statusCode: StatusCodes.Status409Conflict);
        }

        var closed = (await store.GetAsync(id, cancellationToken))!;
        return Results.Json(PollViews.Build(closed, await ballots.ListAsync(id, cancellationToken), clock.GetUtcNow()), PollsJson.Api.PollView);
    }

    internal static IResult NotFound(string id) =>
        Results.Problem(title: "Poll not found", detail: $"No poll has the id '{id}'; see GET /api/admin/polls.", statusCode: StatusCodes.Status404NotFound);
}
