using System.Globalization;
using EngageBot.Core.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// Starting a conversation (<c>POST /conversations</c>) and reconnecting to one (<c>GET /conversations/{id}</c>):
/// both answer with a fresh token and a stream URL from the right watermark.
/// </summary>
internal static class DirectLineConversationEndpoints
{
    internal static async Task<IResult> StartAsync(
        HttpRequest request, DirectLineAuthenticator auth, DirectLineTokens tokens, DirectLineRateLimiter limiter,
        DirectLineConversations conversations, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (caller, problem) = await auth.AuthenticateAsync(request, cancellationToken);
        if (caller is null)
        {
            return problem!;
        }

        if (limiter.Check(caller) is { } throttled)
        {
            return throttled;
        }

        var parameters = await DirectLineEndpoints.ReadParametersAsync(request, cancellationToken);
        var token = caller.Token ?? new DirectLineTokenClaims
        {
            ConversationId = DirectLineConversations.NewConversationId(),
            UserId = string.IsNullOrWhiteSpace(parameters?.User?.Id) ? DirectLineConversations.NewUserId() : parameters.User.Id,
            UserName = parameters?.User?.Name,
            Kind = DirectLineTokenClaims.ConversationKind,
        };
        var user = new ChannelAccount { Id = token.UserId, Name = token.UserName };
        var existing = await conversations.FindAsync(token.ConversationId, cancellationToken);
        if (existing is not null && !await conversations.MayUseAsync(existing, caller, cancellationToken))
        {
            return DirectLineErrors.NotAMember();
        }

        var created = existing is null && await conversations.StartAsync(token.ConversationId, user, parameters?.Locale, cancellationToken);
        var replayFrom = existing is null ? 0 : Math.Max(0, existing.LastSeq - options.Value.ReplayOnStart);
        var body = new ConversationResponse
        {
            ConversationId = token.ConversationId,
            Token = tokens.IssueConversationToken(token.ConversationId, token.UserId, token.UserName, token.SessionVersion),
            ExpiresIn = (long)tokens.Lifetime.TotalSeconds,
            StreamUrl = StreamUrl(request, tokens, token, replayFrom),
        };
        return Results.Json(body, DirectLineJson.Default.ConversationResponse,
            statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    internal static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineAuthenticator auth, DirectLineTokens tokens,
        DirectLineRateLimiter limiter, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (caller, conversation, after, problem) = await DirectLineEndpoints.AuthorizeFromWatermarkAsync(
            request, conversationId, watermark, auth, limiter, conversations, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var token = caller!.Token ?? new DirectLineTokenClaims
        {
            ConversationId = conversationId, UserId = DirectLineConversations.NewUserId(), Kind = DirectLineTokenClaims.ConversationKind,
        };
        return Results.Json(new ConversationResponse
        {
            ConversationId = conversationId,
            Token = caller.IsSecret ? null : tokens.IssueConversationToken(conversationId, token.UserId, token.UserName, token.SessionVersion),
            ExpiresIn = caller.IsSecret ? null : (long)tokens.Lifetime.TotalSeconds,
            StreamUrl = StreamUrl(request, tokens, token, string.IsNullOrEmpty(watermark) ? conversation!.LastSeq : after),
        }, DirectLineJson.Default.ConversationResponse);
    }

    private static string StreamUrl(HttpRequest request, DirectLineTokens tokens, DirectLineTokenClaims token, long watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var credential = tokens.IssueStreamToken(token.ConversationId, token.UserId, token.SessionVersion);
        return $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(token.ConversationId)}/stream"
            + $"?watermark={watermark.ToString(CultureInfo.InvariantCulture)}&t={Uri.EscapeDataString(credential)}";
    }
}
