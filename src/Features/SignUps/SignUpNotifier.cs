using System.Text.Json;
using System.Threading.Channels;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Tells members what happened to their sign-up without being asked (promoted from the waitlist, activity
/// cancelled). Notices are already in the outbox, written with the change itself; this claims them, sends each
/// to the member's stored conversation reference, and marks it sent. Fresh notices are queued here for the
/// background sender; anything left over (a failed send, a crash) is picked up by its periodic sweep.
/// </summary>
public sealed partial class SignUpNotifier(
    SignUpNoticeStore notices,
    IStateStore state,
    OutboundRouter outbound,
    SignUpTexts texts,
    IOptions<SignUpOptions> options,
    ILogger<SignUpNotifier> logger)
{
    private readonly Channel<IReadOnlyList<long>> _queue = Channel.CreateBounded<IReadOnlyList<long>>(
        new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Fresh notice ids waiting for the background sender.</summary>
    public ChannelReader<IReadOnlyList<long>> Queue => _queue.Reader;

    /// <summary>Asks the background sender to send these soon (a full queue leaves them to the sweep).</summary>
    public void Enqueue(IReadOnlyList<long> noticeIds)
    {
        if (noticeIds.Count > 0)
        {
            _queue.Writer.TryWrite(noticeIds);
        }
    }

    /// <summary>Sends the given notices (or, with null, whatever is due); returns how many were delivered.</summary>
    public async Task<int> SendAsync(IReadOnlyList<long>? noticeIds, CancellationToken cancellationToken)
    {
        var sent = 0;
        while (true)
        {
            var batch = await notices.ClaimAsync(noticeIds, 100, options.Value.NoticeLease, cancellationToken);
            foreach (var notice in batch)
            {
                if (await DeliverAsync(notice, cancellationToken))
                {
                    await notices.MarkSentAsync(notice.Id, cancellationToken);
                    sent++;
                }
            }

            if (noticeIds is not null || batch.Count < 100)
            {
                return sent;
            }
        }
    }

    private async Task<bool> DeliverAsync(SignUpNotice notice, CancellationToken cancellationToken)
    {
        var record = notice.SignUp.ConversationKey is { } key ? await state.GetReferenceAsync(key, cancellationToken) : null;
        if (record is null || JsonSerializer.Deserialize(record.Json, ProtocolJson.Default.ConversationReference) is not { } reference)
        {
            LogNoReference(logger, notice.Id);
            return false;
        }

        var language = notice.SignUp.Language == "en" ? Language.English : Language.Chinese;
        var text = notice.Kind == SignUpNoticeKind.Promoted ? texts.Promoted(notice.Activity) : texts.ActivityCancelledNotice(notice.Activity);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text.For(language),
            Locale = Localized.Locale(language),
            SuggestedActions = notice.Kind == SignUpNoticeKind.Promoted
                ? new SuggestedActions { Actions = [SignUpActions.ImBack(SignUpTexts.MySignUpsButton.For(language))] }
                : null,
        };
        try
        {
            await outbound.SendAsync(reference, activity, cancellationToken);
            LogSent(logger, notice.Id, notice.Kind);
            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            LogSendFailed(logger, notice.Id, ex);
            return false;
        }
    }

    // EventIds 2100–2109.
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Sent sign-up notice {NoticeId} ({Kind})")]
    private static partial void LogSent(ILogger logger, long noticeId, SignUpNoticeKind kind);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Sign-up notice {NoticeId} has no conversation to go to yet; it stays in the outbox")]
    private static partial void LogNoReference(ILogger logger, long noticeId);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Sign-up notice {NoticeId} could not be sent; it will be retried")]
    private static partial void LogSendFailed(ILogger logger, long noticeId, Exception exception);
}
