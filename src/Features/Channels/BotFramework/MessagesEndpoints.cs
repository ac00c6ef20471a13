using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary><c>POST /api/messages</c>: the Bot Framework channel endpoint.</summary>
public static class MessagesEndpoints
{
    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        IChannelAuthenticator authenticator,
        TrustedServiceUrls trusted,
        ChannelAdapter adapter,
        CancellationToken cancellationToken)
    {
        var identity = await authenticator.AuthenticateAsync(request.Headers.Authorization, cancellationToken);
        if (identity is null)
        {
            return Unauthorized("The Authorization header is missing or its token is not valid for this bot.");
        }

        if (MessagesAdmission.RefuseClient(identity, request.HttpContext.Connection.RemoteIpAddress) is { } refusedClient)
        {
            return refusedClient;
        }

        var read = await InboundActivity.ReadAsync(request, ActivityFields.Envelope, cancellationToken);
        if (read.Body is not { } activity)
        {
            return BodyProblems.For(read);
        }

        if (MessagesAdmission.RefuseActivity(identity, activity) is { } refused)
        {
            return refused;
        }

        trusted.Trust(activity.ServiceUrl!);

        TurnResult result;
        try
        {
            result = await adapter.ProcessAsync(activity, cancellationToken);
        }
        catch (ETagConflictException)
        {
            // Every attempt lost a state race and nothing was committed, so the channel may simply send it again.
            request.HttpContext.Response.Headers.RetryAfter = "1";
            return Results.Problem(
                title: "Busy",
                detail: "This conversation's state kept changing while the activity was processed; nothing was saved. Send the activity again.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (result.Invoke is { } invoke)
        {
            return invoke.Body is { } body
                ? Results.Json(body, ProtocolJson.Default.JsonElement, statusCode: invoke.Status)
                : Results.StatusCode(invoke.Status);
        }

        return result.ExpectReplies
            ? Results.Json(new ExpectedReplies(result.Replies), ProtocolJson.Default.ExpectedReplies)
            : Results.Ok();
    }

    private static IResult Unauthorized(string detail) =>
        Results.Problem(title: "Unauthorized", detail: detail, statusCode: StatusCodes.Status401Unauthorized);
}
