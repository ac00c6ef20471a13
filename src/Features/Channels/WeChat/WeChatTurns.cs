using System.Collections.Concurrent;
using System.Text;
using EngageBot.Bot.Adapter;
using EngageBot.Dialogs.Protocol;
using EngageBot.Dialogs.Turns;
using EngageBot.Features.Channels.Tencent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeChat;

// VSTHRD003 guards against deadlocks on a SynchronizationContext; ASP.NET Core has none, and the turn task is
// deliberately detached from the request so that a committed turn's replies always leave.
#pragma warning disable VSTHRD003

/// <summary>
/// Runs a 公众号 turn against WeChat's 5-second window. The turn runs on its own (never cancelled by the request:
/// once it commits, its replies must leave). If it finishes within <see cref="WeChatOptions.PassiveReplyWindow"/>
/// its replies become the passive reply (joined, as far as one message holds them); otherwise the callback
/// answers <c>success</c> and the replies follow through the customer-service API when the turn is done.
/// </summary>
public sealed partial class WeChatTurns(
    ChannelAdapter adapter,
    OutboundRouter router,
    IOptions<WeChatOptions> options,
    TimeProvider clock,
    ILogger<WeChatTurns> logger) : IHostedService
{
    /// <summary>WeChat's limit for a passive text reply is 2048 bytes; keep clear of it.</summary>
    private const int MaxPassiveBytes = 2000;
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();

    public async Task<PassiveReply> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        var reference = activity.GetReference();
        var turn = Task.Run(() => adapter.ProcessAsync(activity with { DeliveryMode = "expectReplies" }, CancellationToken.None), CancellationToken.None);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var window = Task.Delay(options.Value.PassiveReplyWindow, clock, stop.Token);
        if (await Task.WhenAny(turn, window) != turn)
        {
            LogLate(logger, options.Value.PassiveReplyWindow);
            Track(DeliverWhenDoneAsync(turn, reference));
            return PassiveReply.None;
        }

        await stop.CancelAsync();
        var replies = (await turn).Replies;
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
            Track(DeliverAsync(reference, replies));
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A graceful stop lets late replies finish, as requests in flight do.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => Task.WhenAll(_inFlight.Keys).WaitAsync(cancellationToken);

    private async Task DeliverWhenDoneAsync(Task<TurnResult> turn, ConversationReference reference)
    {
        TurnResult result;
        try
        {
            result = await turn;
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

    private void Track(Task task)
    {
        _inFlight.TryAdd(task, 0);
        _ = ForgetWhenDoneAsync(task);
    }

    private async Task ForgetWhenDoneAsync(Task task)
    {
        try
        {
            await task;
        }
        finally
        {
            _inFlight.TryRemove(task, out _);
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "WeChat turn outlasted the {Window} passive window; its replies go through the customer-service API")]
    private static partial void LogLate(ILogger logger, TimeSpan window);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "A late WeChat turn failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "A WeChat customer-service reply could not be delivered")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception);
}
