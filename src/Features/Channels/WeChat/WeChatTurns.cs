using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.Tencent;
using EngageBot.Features.Channels.WeChat.Passive;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>
/// Runs a 公众号 turn against WeChat's 5-second window. The turn is an ordinary one: its replies are written to the
/// outbox in its commit and delivered from there through <see cref="WeChatSender"/>, which puts them into the
/// callback's passive slot while the callback waits (<see cref="WeChatOptions.PassiveReplyWindow"/>). A turn that
/// outlasts the window is answered <c>success</c> and its replies go through the customer-service API with the
/// outbox's retries, backoff and restarts. A passive reply is kept a minute, so WeChat's retry of a message whose
/// answer it never got is answered with the same reply.
/// </summary>
public sealed partial class WeChatTurns(
    DetachedTurns detached,
    PassiveSlots slots,
    KeptPassiveReplies kept,
    IOptions<WeChatOptions> options,
    TimeProvider clock,
    ILogger<WeChatTurns> logger)
{
    /// <summary>The passive reply's text for <paramref name="activity"/>, or null to answer <c>success</c>.</summary>
    public async Task<string?> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (openId, turnId) = (activity.From!.Id!, activity.Id!);
        var slot = slots.Open(openId, turnId, out var opened);
        if (!opened)
        {
            // A retry while the first delivery still waits for its turn: it answers what the first one answers.
            return await DetachedTurns.FinishesWithinAsync(slot.Answer, options.Value.PassiveReplyWindow, clock, cancellationToken)
#pragma warning disable VSTHRD003 // Finished already (checked above).
                ? await slot.Answer
#pragma warning restore VSTHRD003
                : null;
        }

        string? text = null;
        try
        {
            var turn = detached.Start(activity);
            var finished = await DetachedTurns.FinishesWithinAsync(turn, options.Value.PassiveReplyWindow, clock, cancellationToken);
            // Closed to replies but still findable: a retry arriving before the answer is kept waits for it here.
            text = WithSignInLink(activity, slot.Close());
            if (!finished)
            {
                LogLate(logger, options.Value.PassiveReplyWindow);
                detached.Track(ObserveLateAsync(turn), "a late WeChat turn, watched for its failure");
                return text;
            }

#pragma warning disable VSTHRD003 // Finished already; a failed turn fails the callback, and WeChat retries it.
            await turn;
#pragma warning restore VSTHRD003
            if (text is null)
            {
                // Nothing taken: a retry whose first delivery was answered (the turn ran then), or a turn that said nothing.
                text = await kept.FindAsync(openId, turnId, cancellationToken);
                return text;
            }

            await kept.SaveAsync(openId, turnId, text, cancellationToken);
            return text;
        }
        finally
        {
            slot.Answered(text);
            slots.Close(openId, turnId, slot);
        }
    }

    /// <summary>A welcome (follow) carries the link to the member page, when one is configured.</summary>
    private string? WithSignInLink(Activity activity, string? text) =>
        text is not null && activity.Type == ActivityTypes.ConversationUpdate && options.Value.SignInUrl.Length > 0
            ? $"{text}\n\n<a href=\"{System.Net.WebUtility.HtmlEncode(options.Value.SignInUrl)}\">会员登录</a>"
            : text;

    private async Task ObserveLateAsync(Task<TurnResult> turn)
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
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "WeChat turn outlasted the {Window} passive window; its replies go through the customer-service API")]
    private static partial void LogLate(ILogger logger, TimeSpan window);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "A late WeChat turn failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception);
}
