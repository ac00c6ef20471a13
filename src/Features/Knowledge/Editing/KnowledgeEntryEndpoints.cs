using System.Security.Claims;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Knowledge.Editing;

/// <summary>
/// The knowledge editor's whole entries: add a topic, change titles, answers, sample questions, synonyms, related
/// topics and dated answers, retire and restore; and preview a change (the evaluation set before and after, and a
/// question tried) on a copy before saving. Saves are live at once; every call is audited by the admin group.
/// </summary>
public static class KnowledgeEntryEndpoints
{
    public static IEndpointRouteBuilder MapKnowledgeEntriesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("/knowledge").WithTags("Knowledge");
        group.MapGet("/entries", List).WithSummary("Every entry, retired ones included, with synonyms, related topics and dated answers")
            .Produces<List<KnowledgeEntryDetail>>();
        group.MapPost("/entries", CreateAsync).WithSummary("Add a new topic; live at once")
            .Accepts<KnowledgeDraft>("application/json").Produces<KnowledgeEntryDetail>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/entries/{id}", ChangeAsync).WithSummary("Replace an entry's titles, answers, questions, synonyms, related topics and dated answers")
            .Accepts<KnowledgeDraft>("application/json").Produces<KnowledgeEntryDetail>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/entries/{id}/retire", (string id, HttpRequest request, KnowledgeEditor editor, TimeProvider clock, CancellationToken ct) =>
            SetRetiredAsync(id, true, request, editor, clock, ct)).WithSummary("Stop answering with an entry (it can be restored)")
            .Produces<KnowledgeEntryDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/entries/{id}/restore", (string id, HttpRequest request, KnowledgeEditor editor, TimeProvider clock, CancellationToken ct) =>
            SetRetiredAsync(id, false, request, editor, clock, ct)).WithSummary("Answer with a retired entry again")
            .Produces<KnowledgeEntryDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/preview", PreviewAsync).WithSummary("The evaluation set's score before and after a change, and a question tried on the changed knowledge; nothing is saved")
            .Accepts<KnowledgePreviewRequest>("application/json").Produces<KnowledgePreview>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static IResult List(KnowledgeEditor editor, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return Results.Json([.. editor.Entries().Select(s => KnowledgeDraftValidator.Detail(s, now))], LearnJson.Api.ListKnowledgeEntryDetail);
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, KnowledgeEditor editor, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (draft, problem) = await JsonBody.ReadAsync(request, LearnJson.Api.KnowledgeDraft, cancellationToken);
        if (draft is null)
        {
            return problem!;
        }

        var id = draft.Id?.Trim() ?? "";
        if (editor.Entries().Any(s => s.Entry.Id == id))
        {
            return Results.Problem(title: "Conflict", detail: $"An entry with id '{id}' already exists; choose another id or edit that entry.",
                statusCode: StatusCodes.Status409Conflict);
        }

        return await SaveAsync(draft, id, null, request, editor, clock, StatusCodes.Status201Created, cancellationToken);
    }

    private static async Task<IResult> ChangeAsync(string id, HttpRequest request, KnowledgeEditor editor, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (draft, problem) = await JsonBody.ReadAsync(request, LearnJson.Api.KnowledgeDraft, cancellationToken);
        if (draft is null)
        {
            return problem!;
        }

        return editor.Entries().FirstOrDefault(s => s.Entry.Id == id) is { } existing
            ? await SaveAsync(draft, id, existing, request, editor, clock, StatusCodes.Status200OK, cancellationToken)
            : JsonBody.NotFound("No knowledge entry has this id.");
    }

    private static async Task<IResult> SaveAsync(
        KnowledgeDraft draft, string id, StoredKnowledgeEntry? existing, HttpRequest request, KnowledgeEditor editor, TimeProvider clock, int status,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (errors, entry) = KnowledgeDraftValidator.Build(draft, id, existing?.Entry, now);
        if (entry is null)
        {
            return Results.ValidationProblem(errors);
        }

        var stored = new StoredKnowledgeEntry(entry, existing?.Added ?? !editor.Ships(id), existing?.Retired ?? false, now, By(request));
        try
        {
            await editor.SaveAsync(stored, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            return JsonBody.BadRequest(ex.Message);
        }

        return Results.Json(KnowledgeDraftValidator.Detail(stored, now), LearnJson.Api.KnowledgeEntryDetail, statusCode: status);
    }

    private static async Task<IResult> SetRetiredAsync(string id, bool retired, HttpRequest request, KnowledgeEditor editor, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (editor.Entries().FirstOrDefault(s => s.Entry.Id == id) is not { } existing)
        {
            return JsonBody.NotFound("No knowledge entry has this id.");
        }

        var now = clock.GetUtcNow();
        var stored = existing with { Retired = retired, Added = existing.Added || !editor.Ships(id), UpdatedAt = now, UpdatedBy = By(request) };
        try
        {
            await editor.SaveAsync(stored, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            return JsonBody.BadRequest(ex.Message); // e.g. the last entry
        }

        return Results.Json(KnowledgeDraftValidator.Detail(stored, now), LearnJson.Api.KnowledgeEntryDetail);
    }

    private static async Task<IResult> PreviewAsync(
        HttpRequest request, KnowledgeEditor editor, KnowledgeEvaluation evaluation, TimeProvider clock, IOptions<RecognizerOptions> options, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, LearnJson.Api.KnowledgePreviewRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        if (body.Text is { Length: > KnowledgeDraftValidator.MaxPhraseLength })
        {
            return JsonBody.BadRequest($"text is at most {KnowledgeDraftValidator.MaxPhraseLength} characters.");
        }

        var now = clock.GetUtcNow();
        var existing = body.EntryId is { } entryId ? editor.Entries().FirstOrDefault(s => s.Entry.Id == entryId) : null;
        if (body.EntryId is not null && existing is null)
        {
            return JsonBody.NotFound("No knowledge entry has this id.");
        }

        StoredKnowledgeEntry change;
        if (body.Draft is { } draft)
        {
            var (errors, entry) = KnowledgeDraftValidator.Build(draft, existing?.Entry.Id ?? draft.Id?.Trim() ?? "", existing?.Entry, now);
            if (entry is null)
            {
                return Results.ValidationProblem(errors);
            }

            change = new StoredKnowledgeEntry(entry, existing?.Added ?? true, body.Retire, now, null);
        }
        else if (existing is not null)
        {
            change = existing with { Retired = body.Retire };
        }
        else
        {
            return JsonBody.BadRequest("Send entryId (to retire or change an entry) and/or a draft.");
        }

        IReadOnlyList<KnowledgeEntry> changed;
        try
        {
            changed = editor.WouldBe(change);
        }
        catch (InvalidDataException ex)
        {
            return JsonBody.BadRequest(ex.Message);
        }

        var (before, after, changes) = await evaluation.CompareAsync(changed, cancellationToken);
        var tried = string.IsNullOrWhiteSpace(body.Text) ? null
            : KnowledgeTry.Result(evaluation.RecognizerFor(changed).Recognize(body.Text), body.Text, options.Value.AnswerThreshold, now);
        return Results.Json(new KnowledgePreview(before, after, changes, tried), LearnJson.Api.KnowledgePreview);
    }

    private static string? By(HttpRequest request) => request.HttpContext.User.FindFirstValue(ClaimTypes.Name);
}
