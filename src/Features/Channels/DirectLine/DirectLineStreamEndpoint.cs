using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// The WebSocket stream: authorised by the short-lived credential in its URL (<c>t=</c>), it first replays
/// what came after the watermark, then carries every new activity set; one socket per member token, so a
/// group's members each have their own.
/// </summary>
public static partial class DirectLineStreamEndpoint
{
    private const int ReplayLimit = 500;

    public static async Task StreamAsync(
        string conversationId, string? watermark, string? t, HttpContext http, DirectLineTokens tokens, StreamFanout fanout,
        DirectLineConversations conversations, ISessionRevocation sessions,
        DirectLineLog log, IOptions<DirectLineOptions> options, TimeProvider clock, ILoggerFactory loggers)
    {
        var cancellationToken = http.RequestAborted;
        var claims = string.IsNullOrEmpty(t) ? null : tokens.Validate(t, out _);
        IResult? refusal = null;
        long after = 0;
        if (claims is null || claims.Kind != DirectLineTokenClaims.StreamKind)
        {
            refusal = DirectLineErrors.Forbidden(TokenFailure.Invalid);
        }
        else if (claims.ConversationId != conversationId)
        {
            refusal = DirectLineErrors.WrongConversation();
        }
        else if (!http.WebSockets.IsWebSocketRequest)
        {
            refusal = DirectLineErrors.BadSyntax("This URL is a WebSocket; open it with a WebSocket client.");
        }
        else if (!DirectLineEndpoints.TryParseWatermark(watermark, out after))
        {
            refusal = DirectLineErrors.Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not one this service gave out.");
        }

        else if (!await sessions.IsCurrentAsync(claims, cancellationToken))
        {
            refusal = DirectLineErrors.SessionEnded();
        }

        if (refusal is not null)
        {
            await refusal.ExecuteAsync(http);
            return;
        }

        var conversation = await log.FindAsync(conversationId, cancellationToken);
        if (conversation is null)
        {
            await DirectLineErrors.UnknownConversation().ExecuteAsync(http);
            return;
        }

        if (!await conversations.MayUseAsync(conversation, new DirectLineCaller(false, claims), cancellationToken))
        {
            await DirectLineErrors.NotAMember().ExecuteAsync(http);
            return;
        }

        if (string.IsNullOrEmpty(watermark) || watermark == "-")
        {
            after = conversation.LastSeq;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var connection = new StreamConnection(socket, claims!.UserId, options.Value.SocketQueueCapacity);
        fanout.Open(conversationId, connection, conversation.LastSeq);
        try
        {
            var missed = await log.ReadAfterAsync(conversationId, after, ReplayLimit, cancellationToken);
            connection.GoLive(missed.Count > 0 ? ActivitySetWriter.Write(missed, missed[^1].Seq) : null, missed.Count > 0 ? missed[^1].Seq : after);
            // The socket only pushes: nothing the client does reaches the server through it, so an ended session is
            // noticed at the next keep-alive (every KeepAliveInterval), on whichever instance holds the socket.
            await connection.RunAsync(options.Value.KeepAliveInterval, clock, ct => sessions.IsCurrentAsync(claims!, ct), cancellationToken);
        }
        finally
        {
            fanout.Close(conversationId, connection);
            if (connection.Dropped)
            {
                LogDropped(loggers.CreateLogger(typeof(DirectLineStreamEndpoint)));
            }
        }
    }

    [LoggerMessage(EventId = 410, Level = LogLevel.Warning, Message = "A Direct Line WebSocket fell too far behind and was disconnected")]
    private static partial void LogDropped(ILogger logger);
}
