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
/// A retried callback opens the same stream, and its turn stops at dedup: it answers, and changes nothing.
/// </summary>
public sealed partial class WeComAiBotTurns(
    DetachedTurns detached, AiBotStreams streams, IOptions<WeComAiBotOptions> options, TimeProvider clock, ILogger<WeComAiBotTurns> logger)
{
    /// <summary>Runs the turn; the stream's id and what it shows when the callback must answer.</summary>
    public async Task<(string StreamId, AiBotStreamState State)> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        var streamId = AiBotStreams.IdFor(activity.Id!);
        await streams.OpenAsync(streamId, activity.Conversation!.Id!, activity.From!.Id!, cancellationToken);
        var done = FinishAfterAsync(detached.Start(activity), streamId);
        detached.Track(done);
        if (!await DetachedTurns.FinishesWithinAsync(done, options.Value.PassiveReplyWindow, clock, cancellationToken))
        {
            LogStreaming(logger, options.Value.PassiveReplyWindow);
        }

        return (streamId, await streams.ReadAsync(streamId, cancellationToken) ?? new AiBotStreamState(string.Empty, Finished: true));
    }

    /// <summary>Finishes the stream once the turn is done (its replies delivered), whether or not the callback still waits.</summary>
    private async Task FinishAfterAsync(Task<TurnResult> turn, string streamId)
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
            await streams.FinishAsync(streamId, CancellationToken.None);
        }
    }

    [LoggerMessage(EventId = 1130, Level = LogLevel.Information, Message = "WeCom robot turn outlasted the {Window} passive window; WeCom's stream refreshes carry its replies")]
    private static partial void LogStreaming(ILogger logger, TimeSpan window);

    [LoggerMessage(EventId = 1131, Level = LogLevel.Error, Message = "A WeCom robot turn failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception);
}
