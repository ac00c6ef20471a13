using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary><c>POST /v3/directline/tokens/generate</c> (with the secret) and <c>/tokens/refresh</c> (with a token).</summary>
internal static class DirectLineTokenEndpoints
{
    internal static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineAuthenticator auth, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        var (caller, problem) = await auth.AuthenticateAsync(request, cancellationToken);
        if (caller is null)
        {
            return problem!;
        }

        if (!caller.IsSecret)
        {
            return DirectLineErrors.SecretRequired();
        }

        var parameters = await DirectLineEndpoints.ReadParametersAsync(request, cancellationToken);
        var user = parameters?.User;
        var conversationId = DirectLineConversations.NewConversationId();
        var userId = string.IsNullOrWhiteSpace(user?.Id) ? DirectLineConversations.NewUserId() : user.Id;
        return Results.Json(new ConversationResponse
        {
            ConversationId = conversationId,
            Token = tokens.IssueConversationToken(conversationId, userId, user?.Name),
            ExpiresIn = (long)tokens.Lifetime.TotalSeconds,
        }, DirectLineJson.Default.ConversationResponse);
    }

    internal static async Task<IResult> RefreshAsync(
        HttpRequest request, DirectLineAuthenticator auth, DirectLineTokens tokens, DirectLineRateLimiter limiter, CancellationToken cancellationToken)
    {
        var (caller, problem) = await auth.AuthenticateAsync(request, cancellationToken);
        if (caller is null)
        {
            return problem!;
        }

        if (caller.Token is not { } token)
        {
            return DirectLineErrors.Error(StatusCodes.Status400BadRequest, "BadArgument", "Only a token can be refreshed.");
        }

        return limiter.Check(caller) ?? Results.Json(new ConversationResponse
        {
            ConversationId = token.ConversationId,
            Token = tokens.IssueConversationToken(token.ConversationId, token.UserId, token.UserName, token.SessionVersion),
            ExpiresIn = (long)tokens.Lifetime.TotalSeconds,
        }, DirectLineJson.Default.ConversationResponse);
    }
}
