using EngageBot.Core.Protocol;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>A member's post (<c>POST /conversations/{id}/activities</c>, then the bot's turn) and polling the log (<c>GET</c>).</summary>
internal static class DirectLineActivityEndpoints
{
    private const int PageSize = 100;

    internal static async Task<IResult> PostAsync(
        string conversationId, HttpRequest request, DirectLineAuthenticator auth, DirectLineRateLimiter limiter,
        DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (caller, conversation, problem) = await DirectLineEndpoints.AuthorizeAsync(request, conversationId, auth, limiter, conversations, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (activity, bad) = await ActivityBody.ReadAsync(request, cancellationToken);
        if (activity is null)
        {
            return bad!;
        }

        var user = Sender(caller!, activity);
        var (id, botFailed) = await conversations.PostAsync(conversation!, user, activity, cancellationToken);
        return botFailed
            ? DirectLineErrors.BotFailed()
            : Results.Json(new ResourceResponse(id), DirectLineJson.Default.ResourceResponse);
    }

    internal static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineAuthenticator auth, DirectLineRateLimiter limiter,
        DirectLineConversations conversations, DirectLineLog log, CancellationToken cancellationToken)
    {
        var (_, _, after, problem) = await DirectLineEndpoints.AuthorizeFromWatermarkAsync(
            request, conversationId, watermark, auth, limiter, conversations, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var page = await log.ReadAfterAsync(conversationId, after, PageSize, cancellationToken);
        var frame = ActivitySetWriter.Write(page, page.Count > 0 ? page[^1].Seq : after);
        return Results.Bytes(frame, "application/json; charset=utf-8");
    }

    /// <summary>The token's user when there is one (clients cannot post as someone else); with the secret, the body's.</summary>
    internal static ChannelAccount Sender(DirectLineCaller caller, Activity activity) => caller.Token is { } token
        ? new ChannelAccount { Id = token.UserId, Name = token.UserName }
        : new ChannelAccount { Id = string.IsNullOrWhiteSpace(activity.From?.Id) ? "dl_secret" : activity.From.Id, Name = activity.From?.Name };
}
