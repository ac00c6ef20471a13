using System.Security.Claims;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Knowledge.Editing;
using EngageBot.Features.Knowledge.Learned;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Knowledge.Unanswered;

/// <summary>
/// What members asked that the bot could not answer, grouped by similarity; staff add a group's question to an
/// entry's sample questions (handled at once), mark it not the union's matter (kept as an out-of-scope example for the
/// learned second opinion), or mark a group handled after making a new entry from it (or to dismiss it).
/// </summary>
public static class UnansweredEndpoints
{
    /// <summary>How many of the newest open questions the list groups (bounds the grouping work).</summary>
    public const int ListLimit = 500;

    public static IEndpointRouteBuilder MapUnansweredApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("/knowledge/unanswered").WithTags("Knowledge");
        group.MapGet("/", ListAsync).WithSummary("Open unanswered questions grouped by similarity, most asked first (digits masked)")
            .Produces<UnansweredList>();
        group.MapPost("/sample-question", AddSampleQuestionAsync).WithSummary("Add a question to an entry's sample questions and mark its group handled")
            .Accepts<SampleQuestionRequest>("application/json").Produces<KnowledgeEntryDetail>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/not-ours", NotOursAsync).WithSummary("Not the union's matter: dismiss the questions and teach the learned second opinion they are out of scope")
            .Accepts<UnansweredHandledRequest>("application/json").Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/handled", HandledAsync).WithSummary("Mark questions handled: turned into a new entry, or dismissed")
            .Accepts<UnansweredHandledRequest>("application/json").Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> ListAsync(UnansweredRecorder recorder, UnansweredStore store, CancellationToken cancellationToken)
    {
        await recorder.FlushAsync(cancellationToken); // what the last turns queued shows up at once
        var open = await store.ListOpenAsync(ListLimit, cancellationToken);
        return Results.Json(new UnansweredList(UnansweredGrouping.Group(open), open.Count), LearnJson.Api.UnansweredList);
    }

    private static async Task<IResult> AddSampleQuestionAsync(
        HttpRequest request, KnowledgeEditor editor, UnansweredStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, LearnJson.Api.SampleQuestionRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var question = body.Question?.Trim();
        if (string.IsNullOrEmpty(question) || question.Length > KnowledgeDraftValidator.MaxPhraseLength || body.Language is not ("zh" or "en")
            || body.Ids is not { Count: > 0 and <= UnansweredEndpoints.ListLimit })
        {
            return JsonBody.BadRequest($"question (at most {KnowledgeDraftValidator.MaxPhraseLength} characters), language (zh or en) and the group's ids are needed.");
        }

        if (editor.Entries().FirstOrDefault(s => s.Entry.Id == body.EntryId && !s.Retired) is not { } existing)
        {
            return JsonBody.NotFound("No knowledge entry in use has this id.");
        }

        var entry = existing.Entry;
        var questions = body.Language == "en"
            ? new LocalizedList(entry.Questions.Zh, [.. entry.Questions.En.Append(question).Distinct(StringComparer.Ordinal)])
            : new LocalizedList([.. entry.Questions.Zh.Append(question).Distinct(StringComparer.Ordinal)], entry.Questions.En);
        if (questions.Zh.Count + questions.En.Count > 2 * KnowledgeDraftValidator.MaxPhrases)
        {
            return JsonBody.BadRequest("This entry has as many sample questions as it can take; remove some in the editor first.");
        }

        var now = clock.GetUtcNow();
        var stored = existing with { Entry = entry with { Questions = questions }, Added = existing.Added || !editor.Ships(entry.Id), UpdatedAt = now, UpdatedBy = By(request) };
        try
        {
            await editor.SaveAsync(stored, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            return JsonBody.BadRequest(ex.Message);
        }

        await store.MarkHandledAsync(body.Ids, entry.Id, now, cancellationToken);
        return Results.Json(KnowledgeDraftValidator.Detail(stored, now), LearnJson.Api.KnowledgeEntryDetail);
    }

    private static async Task<IResult> HandledAsync(HttpRequest request, KnowledgeEditor editor, UnansweredStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, LearnJson.Api.UnansweredHandledRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        if (body.Ids is not { Count: > 0 and <= ListLimit })
        {
            return JsonBody.BadRequest($"ids: the group's question ids are needed (1 to {ListLimit}).");
        }

        if (body.EntryId is { } id && editor.Entries().All(s => s.Entry.Id != id))
        {
            return JsonBody.NotFound("No knowledge entry has this id; create the entry first.");
        }

        return await store.MarkHandledAsync(body.Ids, body.EntryId, clock.GetUtcNow(), cancellationToken) > 0
            ? Results.NoContent()
            : JsonBody.NotFound("None of these questions is open any more; reload the list.");
    }

    /// <summary>
    /// "Not the union's matter": the group's questions (as stored, digits masked) kept as <c>none</c> examples, the
    /// model retrained, the group dismissed. A question a topic word made the bot answer or ask about then gets the
    /// honest fallback when the model is sure of it.
    /// </summary>
    private static async Task<IResult> NotOursAsync(
        HttpRequest request, ExampleTeacher teacher, UnansweredStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, LearnJson.Api.UnansweredHandledRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        if (body.Ids is not { Count: > 0 and <= ListLimit } || body.EntryId is not null)
        {
            return JsonBody.BadRequest($"ids: the group's question ids are needed (1 to {ListLimit}), and no entry.");
        }

        var texts = await store.OpenTextsAsync(body.Ids, cancellationToken);
        if (texts.Count == 0)
        {
            return JsonBody.NotFound("None of these questions is open any more; reload the list.");
        }

        await teacher.TeachAsync([.. texts.Select(t => new LearnedExample(t, ExampleKind.OutOfScope) { Taught = true })], By(request), cancellationToken);
        await store.MarkHandledAsync(body.Ids, null, clock.GetUtcNow(), cancellationToken);
        return Results.NoContent();
    }

    private static string? By(HttpRequest request) => request.HttpContext.User.FindFirstValue(ClaimTypes.Name);
}
