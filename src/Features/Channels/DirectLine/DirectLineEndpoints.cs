using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using EngageBot.Core.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// The Direct Line 3.0 REST API at <c>/v3/directline</c>: its routes, and the checks every conversation route shares.
/// Tokens, conversations, activities, uploads and the WebSocket each have their own file.
/// </summary>
public static class DirectLineEndpoints
{
    public static RouteGroupBuilder MapDirectLineApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v3/directline").RequireCors(DirectLineModule.CorsPolicy).DisableAntiforgery();
        api.MapPost("/tokens/generate", DirectLineTokenEndpoints.GenerateAsync);
        api.MapPost("/tokens/refresh", DirectLineTokenEndpoints.RefreshAsync);
        api.MapPost("/conversations", DirectLineConversationEndpoints.StartAsync);
        api.MapGet("/conversations/{conversationId}", DirectLineConversationEndpoints.ReconnectAsync);
        api.MapPost("/conversations/{conversationId}/activities", DirectLineActivityEndpoints.PostAsync);
        api.MapGet("/conversations/{conversationId}/activities", DirectLineActivityEndpoints.GetActivitiesAsync);
        api.MapPost("/conversations/{conversationId}/upload", DirectLineUploadEndpoint.UploadAsync);
        api.MapGet("/attachments/{attachmentId}", DirectLineUploadEndpoint.DownloadAsync);
        api.MapGet("/conversations/{conversationId}/stream", DirectLineStreamEndpoint.StreamAsync);
        return api;
    }

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

    /// <summary><see cref="AuthorizeAsync"/>, then the watermark the client says it has read up to.</summary>
    internal static async Task<(DirectLineCaller? Caller, HostedConversation? Conversation, long After, IResult? Problem)> AuthorizeFromWatermarkAsync(
        HttpRequest request, string conversationId, string? watermark, DirectLineAuthenticator auth, DirectLineRateLimiter limiter,
        DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (caller, conversation, problem) = await AuthorizeAsync(request, conversationId, auth, limiter, conversations, cancellationToken);
        return problem is not null ? (null, null, 0, problem)
            : TryParseWatermark(watermark, out var after) ? (caller, conversation, after, null)
            : (null, null, 0, DirectLineErrors.Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not one this service gave out."));
    }

    internal static bool TryParseWatermark(string? watermark, out long after)
    {
        after = 0;
        return string.IsNullOrEmpty(watermark) || watermark == "-"
            || (long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out after) && after >= 0);
    }

    internal static async Task<TokenParameters?> ReadParametersAsync(HttpRequest request, CancellationToken cancellationToken)
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
