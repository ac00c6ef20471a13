using System.Security.Claims;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
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
        group.MapGet("/", ListAsync).WithSummary(
                "Open hand-off tickets, oldest first, with time to first reply; ?filter=returned: tickets that went back to the bot unanswered, newest first, to follow up (a reply still reaches the member)")
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

    private const int ReturnedLimit = 200;

    private static async Task<IResult> ListAsync(string? filter, HandoffService handoffs, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (filter is not (null or "open" or "returned"))
        {
            return JsonBody.BadRequest("filter must be open (the default) or returned.");
        }

        var now = clock.GetUtcNow();
        var tickets = filter == "returned" ? await handoffs.ListReturnedAsync(ReturnedLimit, cancellationToken) : await handoffs.ListOpenAsync(cancellationToken);
        var views = tickets.Select(t => View(t, now, null)).ToList();
        return Results.Json(views, ConsoleJson.Api.ListHandoffView);
    }

    private static async Task<IResult> GetAsync(
        string id, HandoffService handoffs, IStateStore states, IEnumerable<ITapDescriber> describers, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await handoffs.GetAsync(id, cancellationToken) is not { } ticket)
        {
            return JsonBody.NotFound("No hand-off ticket has this id.");
        }

        var records = await states.ReadTranscriptAsync(ticket.ConversationKey, 0, TranscriptLimit, cancellationToken);
        var lines = new List<TranscriptLine>(records.Count);
        foreach (var record in records)
        {
            if (await LineAsync(record, describers, cancellationToken) is { } line)
            {
                lines.Add(line);
            }
        }

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
        ticket.FirstReplyAt is null && ticket.ClosedAt is null ? (long)(now - ticket.CreatedAt).TotalSeconds : null,
        ticket.MemberMessages,
        ticket.FirstReplyAt is null && ticket.ClosedAt is null ? ticket.ReturnAt : null,
        transcript)
    {
        ReturnedAt = ticket.ClosedBy == HandoffReturns.ClosedBy ? ticket.ClosedAt : null,
    };

    // A button press carries its postBack value (often with no text): staff read what the member did, in words.
    private static readonly Localized UnknownTap = new("（点了一个按钮）", "(tapped a button)");

    private static async Task<TranscriptLine?> LineAsync(TranscriptRecord record, IEnumerable<ITapDescriber> describers, CancellationToken cancellationToken)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(record.Json, ProtocolJson.Default.Activity);
        }
        catch (JsonException)
        {
            return null;
        }

        if (activity is not { Type: ActivityTypes.Message })
        {
            return null;
        }

        if (record.Direction == "in" && activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            Localized? tap = null;
            foreach (var describer in describers)
            {
                if ((tap = await describer.DescribeAsync(value, cancellationToken)) is not null)
                {
                    break;
                }
            }

            tap ??= UnknownTap;
            return new TranscriptLine(record.Direction, activity.From?.Name, tap.Zh, record.At) { TapEn = tap.En };
        }

        return activity.Text is { Length: > 0 } text ? new TranscriptLine(record.Direction, activity.From?.Name, text, record.At) : null;
    }
}
