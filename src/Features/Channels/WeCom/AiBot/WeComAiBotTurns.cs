using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.Tencent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>
/// Runs a robot message's turn as any other (dedup by msgid, per-conversation order, one commit, replies through
/// the outbox), with its replies landing in the message's stream (<see cref="WeComAiBotSender"/>). The callback
/// waits <see cref="WeComAiBotOptions.PassiveReplyWindow"/>: a turn done by then is answered whole, in the callback;
/// a slower one is answered with the open stream, which WeCom's refreshes then read until the turn finishes it.
/// Replies after the stream's window (or every reply, for a card press: window zero) are sent once the turn is done,
/// together, through the message's response_url: put in the outbox here, after the turn, never by it.
/// A retried callback opens the same stream, and its turn stops at dedup: it answers, and changes nothing.
/// </summary>
public sealed partial class WeComAiBotTurns(
    DetachedTurns detached, AiBotStreams streams, IOutbox outbox, IOptions<WeComAiBotOptions> options, TimeProvider clock, ILogger<WeComAiBotTurns> logger)
{
    /// <summary>Runs the turn; the stream's id and what it shows when the callback must answer.</summary>
    public async Task<(string StreamId, AiBotStreamState State)> RunAsync(
        Activity activity, TimeSpan streamWindow, string? responseUrl, CancellationToken cancellationToken)
    {
        var streamId = AiBotStreams.IdFor(activity.Id!);
        await streams.OpenAsync(streamId, activity.Conversation!.Id!, activity.From!.Id!, streamWindow, responseUrl, cancellationToken);
        var done = FinishAfterAsync(detached.Start(activity), activity, streamId);
        detached.Track(done, "the finish of a WeCom robot stream after its turn");
        if (!await DetachedTurns.FinishesWithinAsync(done, options.Value.PassiveReplyWindow, clock, cancellationToken))
        {
            LogStreaming(logger, options.Value.PassiveReplyWindow);
        }

        return (streamId, await streams.ReadAsync(streamId, cancellationToken) ?? new AiBotStreamState(string.Empty, Finished: true));
    }

    /// <summary>Answers <paramref name="activity"/> with <paramref name="text"/> through its response_url (via the outbox), running no turn.</summary>
    public async Task TellAsync(Activity activity, string text, string? responseUrl, CancellationToken cancellationToken)
    {
        var streamId = AiBotStreams.IdFor(activity.Id!);
        await streams.OpenAsync(streamId, activity.Conversation!.Id!, activity.From!.Id!, TimeSpan.Zero, responseUrl, cancellationToken);
        if (await streams.AppendAsync(streamId, 0, text, null, AiBotResponses.Message(activity.GetReference(), streamId), cancellationToken) != AiBotAppend.Closed
            && await streams.FinishAsync(streamId, cancellationToken))
        {
            await outbox.EnqueueAsync(AiBotResponses.Message(activity.GetReference(), streamId), cancellationToken);
        }
    }

    /// <summary>Finishes the stream once the turn is done (its replies delivered), whether or not the callback still waits; hands late replies to the outbox.</summary>
    private async Task FinishAfterAsync(Task<TurnResult> turn, Activity activity, string streamId)
    {
        try
        {
#pragma warning disable VSTHRD003 // Detached on purpose; see DetachedTurns.
            await turn;
#pragma warning restore VSTHRD003
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogTurnFailed(logger, ex);
        }
        finally
        {
            if (await streams.FinishAsync(streamId, CancellationToken.None))
            {
                LogLate(logger);
                await outbox.EnqueueAsync(AiBotResponses.Message(activity.GetReference(), streamId), CancellationToken.None);
            }
        }
    }

    [LoggerMessage(EventId = 1130, Level = LogLevel.Information, Message = "WeCom robot turn outlasted the {Window} passive window; WeCom's stream refreshes carry its replies")]
    private static partial void LogStreaming(ILogger logger, TimeSpan window);

    [LoggerMessage(EventId = 1131, Level = LogLevel.Error, Message = "A WeCom robot turn failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1132, Level = LogLevel.Information, Message = "WeCom robot replies came after the stream's window; they go through the message's response_url")]
    private static partial void LogLate(ILogger logger);
}
