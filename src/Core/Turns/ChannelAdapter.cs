using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Core.Turns;

/// <summary>
/// The one adapter. Every inbound activity, from any channel, runs here: turns of one conversation one at
/// a time; state loaded once, middleware and bot run, everything committed in one transaction, and only
/// then are the replies sent. A commit that meets a changed ETag re-runs the turn on fresh state, so only
/// the winning turn's replies ever leave. The replies are written to the outbox in that same commit
/// (<see cref="IOutbox.ParkAsync"/>) and sent from there at once: one that cannot go at once, or that a crash
/// interrupts, is left to the dispatcher, and so is every later reply of the conversation while one waits
/// there, so none is lost or overtaken.
/// </summary>
public sealed partial class ChannelAdapter(
    IStateStore store,
    MiddlewarePipeline pipeline,
    OutboundRouter outbound,
    IOutbox outbox,
    ConversationGate gate,
    ConversationReferences references,
    IOptions<TurnOptions> options,
    ILogger<ChannelAdapter> logger)
{
    /// <summary>Runs the turn for a validated, authenticated activity.</summary>
    public async Task<TurnResult> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!ActivityTypes.RunsTurn(activity.Type!))
        {
            return TurnResult.Acknowledged;
        }

        var conversationKey = ConversationKey.For(activity);
        var startedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        using var trace = TurnTelemetry.Start(conversationKey.ChannelId);
        using var scope = logger.BeginScope(TurnLogScope.For(conversationKey, activity));
        var outcome = TurnOutcome.Failed;
        try
        {
            // One method, not a helper: an extra async state machine per turn is an allocation the metrics do not need.
            using var _ = await gate.EnterAsync(conversationKey, cancellationToken);
            var reference = activity.GetReference();
            var expectReplies = activity.DeliveryMode == "expectReplies";
            for (var attempt = 1; ; attempt++)
            {
                var context = await LoadAsync(activity, reference, expectReplies, cancellationToken);
                await pipeline.RunAsync(context, cancellationToken);
                OutboxMessage?[] parked = expectReplies ? [] : Parked(conversationKey, reference, activity, context);
                var referenceRecord = references.ToWrite(context, conversationKey, reference);
                try
                {
                    await CommitAsync(context, referenceRecord, parked, cancellationToken);
                }
                catch (ETagConflictException conflict) when (attempt < options.Value.MaxAttempts)
                {
                    LogConflict(logger, conflict.Key, attempt);
                    TurnTelemetry.Rerun(conversationKey.ChannelId);
                    continue;
                }
                catch (DuplicateActivityException)
                {
                    outcome = TurnOutcome.Redelivery;
                    return TurnResult.Acknowledged;
                }

                references.Committed(referenceRecord);
                context.Committed();
                if (!expectReplies)
                {
                    // Committed: this activity never runs again, so its replies must go out even if the channel
                    // has hung up meanwhile. Not the request's token, then; graceful shutdown waits for requests.
                    await DeliverAsync(conversationKey, reference, context.Replies, parked, CancellationToken.None);
                }

                outcome = TurnOutcome.Completed;
                return new TurnResult { Replies = context.Replies, Invoke = context.InvokeResponse, ExpectReplies = expectReplies };
            }
        }
        catch (ETagConflictException)
        {
            outcome = TurnOutcome.Conflict;
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = TurnOutcome.Cancelled;
            throw;
        }
        finally
        {
            trace?.SetStatus(outcome == TurnOutcome.Failed ? System.Diagnostics.ActivityStatusCode.Error : System.Diagnostics.ActivityStatusCode.Unset);
            TurnTelemetry.Finish(conversationKey.ChannelId, outcome, startedAt);
        }
    }

    private async Task<TurnContext> LoadAsync(Activity activity, ConversationReference reference, bool expectReplies, CancellationToken cancellationToken)
    {
        var conversationKey = StateKeys.Conversation(ConversationKey.For(activity));
        var userKey = StateKeys.User(MemberKey.ForSender(activity));
        // The dedup middleware's question goes along with the state read: one round trip for both.
        var activityKey = string.IsNullOrEmpty(activity.Id) ? null : StateKeys.Activity(ConversationKey.For(activity), activity.Id);
        var read = await store.ReadTurnAsync([conversationKey, userKey], activityKey, cancellationToken);
        var stored = read.States;
        var state = new TurnState(
            new StateBag(conversationKey, stored.GetValueOrDefault(conversationKey)),
            new StateBag(userKey, stored.GetValueOrDefault(userKey)));
        Func<Activity, CancellationToken, Task> sendNow = expectReplies
            ? (_, _) => Task.CompletedTask
            : (reply, ct) => SendTypingAsync(reference, reply, ct);
        // The replies' ids (their outbox keys) are given as they are queued, so their stored rows are written once.
        var replyIdPrefix = expectReplies ? null : $"reply|{ConversationKey.For(activity)}|{activity.Id ?? Guid.NewGuid().ToString("N")}|";
        return new TurnContext(activity, state, sendNow, replyIdPrefix) { FoundProcessed = activityKey is null ? null : read.Processed };
    }

    private async Task CommitAsync(
        TurnContext context, ConversationReferenceRecord? referenceRecord, OutboxMessage?[] parked, CancellationToken cancellationToken)
    {
        var writes = new[] { context.State.Conversation.ToWrite(), context.State.User.ToWrite() }.OfType<StateWrite>().ToList();
        var replies = parked.OfType<OutboxMessage>().ToList();
        if (context.ProcessedActivityKey is null && writes.Count == 0 && context.Transcript.Count == 0 && referenceRecord is null && replies.Count == 0)
        {
            return;
        }

        await store.CommitAsync(
            new TurnCommit(context.ProcessedActivityKey, writes, context.Transcript, referenceRecord,
                replies.Count == 0 ? null : (connection, transaction, ct) => outbox.ParkAsync(connection, transaction, replies, ct),
                replies.Count == 0 ? null : outbox.ParkInBatch(replies)),
            cancellationToken);
    }

    /// <summary>The replies as outbox messages, by position; null for typing, which promises nothing and is never stored.</summary>
    private static OutboxMessage?[] Parked(ConversationKey conversationKey, ConversationReference reference, Activity inbound, TurnContext context)
    {
        var member = MemberKey.ForSender(inbound);
        var replies = context.Replies;
        var parked = new OutboxMessage?[replies.Count];
        for (var i = 0; i < replies.Count; i++)
        {
            // The key doubles as the activity id external channels see (given as the reply was queued), the same on
            // the first try and from the outbox; the parked row stores the bytes the transcript's row has.
            var reply = replies[i];
            parked[i] = reply.Type == ActivityTypes.Typing
                ? null
                : new OutboxMessage(context.ReplyKey(i), conversationKey, member, reference, reply) { Stored = context.StoredReply(i) };
        }

        return parked;
    }

    private async Task DeliverAsync(
        ConversationKey conversationKey, ConversationReference reference, IReadOnlyList<Activity> replies, OutboxMessage?[] parked,
        CancellationToken cancellationToken)
    {
        for (var i = 0; i < replies.Count; i++)
        {
            if (parked[i] is { } reply)
            {
                await outbox.DeliverParkedAsync(reply, cancellationToken);
            }
            else if (!outbox.IsHolding(conversationKey))
            {
                await SendTypingAsync(reference, replies[i], cancellationToken);
            }
        }
    }

    /// <summary>
    /// Typing goes now or not at all: a failure is only logged. Also mid-turn, so a slow turn during a channel outage
    /// still commits and its answer waits in the outbox (a failed "typing…" once failed the whole turn with a 500).
    /// </summary>
    private async Task SendTypingAsync(ConversationReference reference, Activity typing, CancellationToken cancellationToken)
    {
        try
        {
            await outbound.SendAsync(reference, typing, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            LogTypingLost(logger, ex);
        }
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "State {Key} changed under turn attempt {Attempt}; re-running the turn on fresh state")]
    private static partial void LogConflict(ILogger logger, string key, int attempt);

    [LoggerMessage(EventId = 201, Level = LogLevel.Debug, Message = "A typing indicator could not be sent")]
    private static partial void LogTypingLost(ILogger logger, Exception exception);
}
