using System.Text;
using EngageBot.Core.Turns;
using EngageBot.Core.Protocol;
using EngageBot.Features.Channels.Tencent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>
/// Runs a 公众号 turn against WeChat's 5-second window. If the turn finishes within
/// <see cref="WeChatOptions.PassiveReplyWindow"/> its replies become the passive reply (joined, as far as one
/// message holds them); otherwise the callback answers <c>success</c> and the replies follow through the
/// customer-service API when the turn is done.
/// </summary>
public sealed partial class WeChatTurns(
    DetachedTurns detached,
    OutboundRouter router,
    IOptions<WeChatOptions> options,
    TimeProvider clock,
    ILogger<WeChatTurns> logger)
{
    /// <summary>WeChat's limit for a passive text reply is 2048 bytes; keep clear of it.</summary>
    private const int MaxPassiveBytes = 2000;

    public async Task<PassiveReply> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        var reference = activity.GetReference();
        var turn = detached.Start(activity with { DeliveryMode = "expectReplies" });
        if (!await DetachedTurns.FinishesWithinAsync(turn, options.Value.PassiveReplyWindow, clock, cancellationToken))
        {
            LogLate(logger, options.Value.PassiveReplyWindow);
            detached.Track(DeliverWhenDoneAsync(turn, reference));
            return PassiveReply.None;
        }

#pragma warning disable VSTHRD003 // Finished already (checked above).
        var replies = (await turn).Replies;
#pragma warning restore VSTHRD003
        var passive = new StringBuilder();
        var taken = 0;
        foreach (var text in replies.Select(r => ReplyText.Render(r, tappableButtons: true)))
        {
            var joined = passive.Length == 0 ? text : "\n\n" + text;
            if (text is not null && Encoding.UTF8.GetByteCount(passive + joined) > MaxPassiveBytes)
            {
                break;
            }

            passive.Append(joined);
            taken++;
        }

        return new PassiveReply(passive.Length == 0 ? null : passive.ToString(), [.. replies.Skip(taken)]);
    }

    /// <summary>Sends replies the passive answer could not hold, once that answer has gone out.</summary>
    public void DeliverLater(ConversationReference reference, IReadOnlyList<Activity> replies)
    {
        if (replies.Count > 0)
        {
            detached.Track(DeliverAsync(reference, replies));
        }
    }

    private async Task DeliverWhenDoneAsync(Task<TurnResult> turn, ConversationReference reference)
    {
        TurnResult result;
        try
        {
#pragma warning disable VSTHRD003 // Detached on purpose; see DetachedTurns.
            result = await turn;
#pragma warning restore VSTHRD003
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogTurnFailed(logger, ex);
            return;
        }

        await DeliverAsync(reference, result.Replies);
    }

    private async Task DeliverAsync(ConversationReference reference, IReadOnlyList<Activity> replies)
    {
        foreach (var reply in replies)
        {
            try
            {
                await router.SendAsync(reference, reply, CancellationToken.None);
            }
            catch (HttpRequestException ex)
            {
                LogDeliveryFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "WeChat turn outlasted the {Window} passive window; its replies go through the customer-service API")]
    private static partial void LogLate(ILogger logger, TimeSpan window);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "A late WeChat turn failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "A WeChat customer-service reply could not be delivered")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception);
}
