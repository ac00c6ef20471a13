using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using EngageBot.Core.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>The Direct Line 3.0 REST API at <c>/v3/directline</c> (the WebSocket is in <see cref="DirectLineStreamEndpoint"/>).</summary>
public static class DirectLineEndpoints
{
    private const int PageSize = 100;

    public static RouteGroupBuilder MapDirectLineApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v3/directline").RequireCors(DirectLineModule.CorsPolicy).DisableAntiforgery();
        api.MapPost("/tokens/generate", GenerateAsync);
        api.MapPost("/tokens/refresh", RefreshAsync);
        api.MapPost("/conversations", StartAsync);
        api.MapGet("/conversations/{conversationId}", ReconnectAsync);
        api.MapPost("/conversations/{conversationId}/activities", PostAsync);
        api.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        api.MapPost("/conversations/{conversationId}/upload", DirectLineUploadEndpoint.UploadAsync);
        api.MapGet("/attachments/{attachmentId}", DirectLineUploadEndpoint.DownloadAsync);
        api.MapGet("/conversations/{conversationId}/stream", DirectLineStreamEndpoint.StreamAsync);
        return api;
    }

    private static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineAuthenticator auth, DirectLineTokens tokens, CancellationToken cancellationToken)
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

        var parameters = await ReadParametersAsync(request, cancellationToken);
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

    private static async Task<IResult> RefreshAsync(
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

    private static async Task<IResult> StartAsync(
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

        var parameters = await ReadParametersAsync(request, cancellationToken);
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

    private static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineAuthenticator auth, DirectLineTokens tokens,
        DirectLineRateLimiter limiter, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (caller, conversation, problem) = await AuthorizeAsync(request, conversationId, auth, limiter, conversations, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (!TryParseWatermark(watermark, out var after))
        {
            return DirectLineErrors.Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not one this service gave out.");
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

    private static async Task<IResult> PostAsync(
        string conversationId, HttpRequest request, DirectLineAuthenticator auth, DirectLineRateLimiter limiter,
        DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (caller, conversation, problem) = await AuthorizeAsync(request, conversationId, auth, limiter, conversations, cancellationToken);
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

    private static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineAuthenticator auth, DirectLineRateLimiter limiter,
        DirectLineConversations conversations, DirectLineLog log, CancellationToken cancellationToken)
    {
        var (_, _, problem) = await AuthorizeAsync(request, conversationId, auth, limiter, conversations, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (!TryParseWatermark(watermark, out var after))
        {
            return DirectLineErrors.Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not one this service gave out.");
        }

        var page = await log.ReadAfterAsync(conversationId, after, PageSize, cancellationToken);
        var frame = ActivitySetWriter.Write(page, page.Count > 0 ? page[^1].Seq : after);
        return Results.Bytes(frame, "application/json; charset=utf-8");
    }

    /// <summary>The token's user when there is one (clients cannot post as someone else); with the secret, the body's.</summary>
    internal static ChannelAccount Sender(DirectLineCaller caller, Activity activity) => caller.Token is { } token
        ? new ChannelAccount { Id = token.UserId, Name = token.UserName }
        : new ChannelAccount { Id = string.IsNullOrWhiteSpace(activity.From?.Id) ? "dl_secret" : activity.From.Id, Name = activity.From?.Name };

    internal static async Task<(DirectLineCaller? Caller, HostedConversation? Conversation, IResult? Problem)> AuthorizeAsync(
        HttpRequest request, string conversationId, DirectLineAuthenticator auth, DirectLineRateLimiter limiter,
        DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (caller, problem) = await auth.AuthenticateAsync(request, cancellationToken);
        if (caller is null)
        {
            return (null, null, problem);
        }

        if (!caller.CanAccess(conversationId))
        {
            return (null, null, DirectLineErrors.WrongConversation());
        }

        if (limiter.Check(caller) is { } throttled)
        {
            return (null, null, throttled);
        }

        var conversation = await conversations.FindAsync(conversationId, cancellationToken);
        if (conversation is null)
        {
            return (null, null, DirectLineErrors.UnknownConversation());
        }

        return await conversations.MayUseAsync(conversation, caller, cancellationToken)
            ? (caller, conversation, null)
            : (null, null, DirectLineErrors.NotAMember());
    }

    internal static bool TryParseWatermark(string? watermark, out long after)
    {
        after = 0;
        return string.IsNullOrEmpty(watermark) || watermark == "-"
            || (long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out after) && after >= 0);
    }

    private static string StreamUrl(HttpRequest request, DirectLineTokens tokens, DirectLineTokenClaims token, long watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var credential = tokens.IssueStreamToken(token.ConversationId, token.UserId, token.SessionVersion);
        return $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(token.ConversationId)}/stream"
            + $"?watermark={watermark.ToString(CultureInfo.InvariantCulture)}&t={Uri.EscapeDataString(credential)}";
    }

    private static async Task<TokenParameters?> ReadParametersAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Optional and small: anything else (no body, not JSON, over 16 KiB, malformed) counts as "no parameters".
        if (request.ContentLength is 0 or > 16 * 1024 || !(request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return null;
        }

        try
        {
            return await JsonSerializer.DeserializeAsync(request.Body, DirectLineJson.Default.TokenParameters, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static string NewAttachmentId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
