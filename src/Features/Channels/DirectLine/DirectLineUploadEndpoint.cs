using EngageBot.Core.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// <c>POST …/upload</c>: files stored in the database and served at real, unguessable URLs, then the message
/// goes the same way as a posted activity; <c>GET …/attachments/{id}</c> serves them back.
/// </summary>
public static class DirectLineUploadEndpoint
{
    public static async Task<IResult> UploadAsync(
        string conversationId, HttpRequest request, DirectLineAuthenticator auth, DirectLineRateLimiter limiter,
        DirectLineConversations conversations, DirectLineLog log, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (caller, conversation, problem) = await DirectLineEndpoints.AuthorizeAsync(request, conversationId, auth, limiter, conversations, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (activity, files, bad) = await UploadReader.ReadAsync(request, options.Value, cancellationToken);
        if (activity is null)
        {
            return bad!;
        }

        var attachments = new List<Attachment>();
        foreach (var file in files)
        {
            var id = DirectLineEndpoints.NewAttachmentId();
            await log.SaveAttachmentAsync(new StoredAttachment(id, conversationId, file.ContentType, file.Name, file.Content), cancellationToken);
            var url = $"{request.Scheme}://{request.Host}{request.PathBase}/v3/directline/attachments/{id}";
            attachments.Add(new Attachment { ContentType = file.ContentType, ContentUrl = url, Name = file.Name });
        }

        var message = activity with { Type = ActivityTypes.Message, Attachments = attachments };
        var (activityId, botFailed) = await conversations.PostAsync(conversation!, DirectLineActivityEndpoints.Sender(caller!, activity), message, cancellationToken);
        return botFailed
            ? DirectLineErrors.BotFailed()
            : Results.Json(new ResourceResponse(activityId), DirectLineJson.Default.ResourceResponse);
    }

    public static async Task<IResult> DownloadAsync(string attachmentId, HttpResponse response, DirectLineLog log, CancellationToken cancellationToken)
    {
        var file = attachmentId.Length == 32 ? await log.FindAttachmentAsync(attachmentId, cancellationToken) : null;
        if (file is null)
        {
            return DirectLineErrors.Error(StatusCodes.Status404NotFound, "BadArgument", "There is no such attachment.");
        }

        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'";
        response.Headers.CacheControl = "private, max-age=86400";
        return Results.Bytes(file.Content, file.ContentType, fileDownloadName: file.ContentType.StartsWith("image/", StringComparison.Ordinal) ? null : file.Name);
    }
}
