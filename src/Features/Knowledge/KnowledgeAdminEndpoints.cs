using System.Security.Claims;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Notices;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Knowledge;

/// <summary>The knowledge editor: list entries, change answers and sample questions (live at once), try a question.</summary>
public static class KnowledgeAdminEndpoints
{
    private const int MaxAnswerLength = 2000;
    private const int MaxQuestions = 50;
    private const int MaxQuestionLength = 200;

    public static IEndpointRouteBuilder MapKnowledgeAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("/knowledge").WithTags("Knowledge");
        group.MapGet("/", ListAsync).WithSummary("Knowledge entries with their answers and sample questions")
            .Produces<List<KnowledgeEntryView>>();
        group.MapPut("/{id}", UpdateAsync).WithSummary("Change an entry's zh/en answer and sample questions; live without a restart")
            .Accepts<KnowledgeUpdateRequest>("application/json")
            .Produces<KnowledgeEntryView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/try", TryAsync).WithSummary("What the bot would answer to {text}, and with what confidence")
            .Accepts<KnowledgeTryRequest>("application/json")
            .Produces<KnowledgeTryResult>().ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<IResult> ListAsync(IKnowledgeBase knowledge, KnowledgeEditor editor, CancellationToken cancellationToken)
    {
        var edits = (await editor.ListEditsAsync(cancellationToken)).ToDictionary(e => e.EntryId, StringComparer.Ordinal);
        var views = knowledge.Current.Entries.Select(e => View(e, edits.GetValueOrDefault(e.Id))).ToList();
        return Results.Json(views, ConsoleJson.Api.ListKnowledgeEntryView);
    }

    private static async Task<IResult> UpdateAsync(string id, HttpRequest request, KnowledgeEditor editor, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, ConsoleJson.Api.KnowledgeUpdateRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var errors = Validate(body);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var edit = new KnowledgeEdit(id, body.AnswerZh!.Trim(), body.AnswerEn!.Trim(), Clean(body.QuestionsZh!), Clean(body.QuestionsEn!),
            clock.GetUtcNow(), request.HttpContext.User.FindFirstValue(ClaimTypes.Name));
        try
        {
            return await editor.UpdateAsync(edit, cancellationToken) is { } entry
                ? Results.Json(View(entry, edit), ConsoleJson.Api.KnowledgeEntryView)
                : JsonBody.NotFound("No knowledge entry has this id.");
        }
        catch (InvalidDataException ex)
        {
            return JsonBody.BadRequest(ex.Message);
        }
    }

    private static async Task<IResult> TryAsync(HttpRequest request, IIntentRecognizer recognizer, IOptions<RecognizerOptions> options, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, ConsoleJson.Api.KnowledgeTryRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(body.Text) || body.Text.Length > MaxQuestionLength)
        {
            return JsonBody.BadRequest($"text is needed, at most {MaxQuestionLength} characters.");
        }

        var recognized = recognizer.Recognize(body.Text);
        var language = LanguageDetector.Detect(body.Text) ?? Language.Chinese;
        var answers = recognized.Intent is Intent.Faq or Intent.Club && recognized.Top is { } top ? Unfilled.ForMembers(top.Entry.Answer).For(language) : null;
        return Results.Json(
            new KnowledgeTryResult(
                recognized.Label,
                recognized.Intent.ToString().ToLowerInvariant(),
                recognized.Top?.Entry.Id,
                answers,
                recognized.Top is { } best ? Math.Round(best.Score, 3) : null,
                options.Value.AnswerThreshold,
                [.. recognized.Candidates.Select(c => new KnowledgeCandidate(c.Entry.Id, c.Entry.Title.For(language), Math.Round(c.Score, 3)))]),
            ConsoleJson.Api.KnowledgeTryResult);
    }

    private static Dictionary<string, string[]> Validate(KnowledgeUpdateRequest body)
    {
        var errors = new Dictionary<string, string[]>();
        Answer(errors, "answerZh", body.AnswerZh);
        Answer(errors, "answerEn", body.AnswerEn);
        Questions(errors, "questionsZh", body.QuestionsZh);
        Questions(errors, "questionsEn", body.QuestionsEn);
        return errors;
    }

    private static void Answer(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxAnswerLength)
        {
            errors[field] = [$"{field} is needed, at most {MaxAnswerLength} characters."];
        }
    }

    private static void Questions(Dictionary<string, string[]> errors, string field, IReadOnlyList<string>? value)
    {
        if (value is null || Clean(value).Count == 0 || value.Count > MaxQuestions || value.Any(q => q is null || q.Length > MaxQuestionLength))
        {
            errors[field] = [$"{field} needs 1 to {MaxQuestions} questions of at most {MaxQuestionLength} characters."];
        }
    }

    private static List<string> Clean(IReadOnlyList<string> questions) =>
        [.. questions.Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => q.Trim()).Distinct(StringComparer.Ordinal)];

    private static KnowledgeEntryView View(KnowledgeEntry entry, KnowledgeEdit? edit) => new(
        entry.Id,
        entry.Kind.ToString().ToLowerInvariant(),
        entry.Title.Zh,
        entry.Title.En,
        entry.Answer.Zh,
        entry.Answer.En,
        entry.Questions.Zh,
        entry.Questions.En,
        edit?.UpdatedBy,
        edit?.UpdatedAt);
}
