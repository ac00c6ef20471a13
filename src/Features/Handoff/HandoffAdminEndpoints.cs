using System.Security.Claims;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Groups;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Notices;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Handoff;

/// <summary>The hand-off inbox: open tickets with their transcript, reply to the member, close.</summary>
public static class HandoffAdminEndpoints
{
    private const int MaxReplyLength = 2000;
    private const int TranscriptLimit = 500;

    public static IEndpointRouteBuilder MapHandoffAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("/handoffs").WithTags("Hand-off");
        group.MapGet("/", ListAsync).WithSummary("Open hand-off tickets, oldest first, with time to first reply")
            .Produces<List<HandoffView>>();
        group.MapGet("/events", HandoffEventsEndpoint.StreamAsync).WithSummary("Live alerts for the inbox (Server-Sent Events: ready, then handoff events)")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        group.MapGet("/{id}", GetAsync).WithSummary("One ticket with the conversation's transcript")
            .Produces<HandoffView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/reply", ReplyAsync).WithSummary("Send a staff reply to the member {text}")
            .Accepts<HandoffReplyRequest>("application/json")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/close", CloseAsync).WithSummary("Close a ticket; the member is told")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> ListAsync(HandoffService handoffs, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var views = (await handoffs.ListOpenAsync(cancellationToken)).Select(t => View(t, now, null)).ToList();
        return Results.Json(views, ConsoleJson.Api.ListHandoffView);
    }

    private static async Task<IResult> GetAsync(string id, HandoffService handoffs, IStateStore states, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await handoffs.GetAsync(id, cancellationToken) is not { } ticket)
        {
            return JsonBody.NotFound("No hand-off ticket has this id.");
        }

        var records = await states.ReadTranscriptAsync(ticket.ConversationKey, 0, TranscriptLimit, cancellationToken);
        var lines = records.Select(Line).OfType<TranscriptLine>().ToList();
        return Results.Json(View(ticket, clock.GetUtcNow(), lines), ConsoleJson.Api.HandoffView);
    }

    private static async Task<IResult> ReplyAsync(string id, HttpRequest request, HandoffService handoffs, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, ConsoleJson.Api.HandoffReplyRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(body.Text) || body.Text.Length > MaxReplyLength)
        {
            return JsonBody.BadRequest($"text is needed, at most {MaxReplyLength} characters.");
        }

        var staffName = request.HttpContext.User.FindFirstValue(ClaimTypes.Name) ?? "staff";
        return await handoffs.ReplyAsync(id, staffName, body.Text, cancellationToken) switch
        {
            HandoffReplyResult.Sent => Results.NoContent(),
            HandoffReplyResult.NotFound => JsonBody.NotFound("No hand-off ticket has this id."),
            HandoffReplyResult.Closed => Results.Problem(title: "Conflict", detail: "This ticket is closed.", statusCode: StatusCodes.Status409Conflict),
            _ => Results.Problem(title: "Conflict", detail: "The member's conversation cannot be reached.", statusCode: StatusCodes.Status409Conflict),
        };
    }

    private static async Task<IResult> CloseAsync(string id, HttpContext http, HandoffService handoffs, CancellationToken cancellationToken) =>
        await handoffs.CloseAsync(id, http.User.FindFirstValue(ClaimTypes.Name) ?? "staff", cancellationToken)
            ? Results.NoContent()
            : JsonBody.NotFound("No open hand-off ticket has this id.");

    private static HandoffView View(HandoffTicket ticket, DateTimeOffset now, IReadOnlyList<TranscriptLine>? transcript) => new(
        ticket.Id,
        ticket.MemberName,
        ticket.Status.ToString().ToLowerInvariant(),
        ticket.Reason.ToString().ToLowerInvariant(),
        ticket.Language.ToString().ToLowerInvariant(),
        ticket.CreatedAt,
        ticket.FirstReplyAt,
        ticket.FirstReplyAt is { } replied ? (long)(replied - ticket.CreatedAt).TotalSeconds : null,
        ticket.FirstReplyAt is null ? (long)(now - ticket.CreatedAt).TotalSeconds : null,
        ticket.MemberMessages,
        ticket.FirstReplyAt is null ? ticket.ReturnAt : null,
        transcript);

    private static TranscriptLine? Line(TranscriptRecord record)
    {
        try
        {
            var activity = JsonSerializer.Deserialize(record.Json, ProtocolJson.Default.Activity);
            return activity is { Type: ActivityTypes.Message, Text: { Length: > 0 } text }
                ? new TranscriptLine(record.Direction, activity.From?.Name, text, record.At)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
