using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Core.Turns;

/// <summary>
/// The one adapter. Every inbound activity, from any channel, runs here: turns of one conversation one at
/// a time; state loaded once, middleware and bot run, everything committed in one transaction, and only
/// then are the replies sent. A commit that meets a changed ETag re-runs the turn on fresh state, so only
/// the winning turn's replies ever leave. A reply that cannot be delivered at once goes to the outbox, and
/// so does every later reply of the conversation while one waits there, so none is lost or overtaken.
/// </summary>
public sealed partial class ChannelAdapter(
    IStateStore store,
    MiddlewarePipeline pipeline,
    OutboundRouter outbound,
    IOutbox outbox,
    ConversationGate gate,
    IServiceProvider services,
    IOptions<TurnOptions> options,
    ILogger<ChannelAdapter> logger)
{
    private static readonly StateProperty<string> StoredServiceUrl = new("referenceServiceUrl", ProtocolJson.Default.String);

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
        using var scope = logger.BeginScope(new TurnLogScope(conversationKey.ChannelId, conversationKey.ConversationId, activity.Id));
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
                try
                {
                    await CommitAsync(context, conversationKey, reference, cancellationToken);
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

                if (!expectReplies)
                {
                    // Committed: this activity never runs again, so its replies must go out even if the channel
                    // has hung up meanwhile. Not the request's token, then; graceful shutdown waits for requests.
                    await DeliverAsync(conversationKey, reference, activity, context.Replies, CancellationToken.None);
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
        var stored = await store.ReadAsync([conversationKey, userKey], cancellationToken);
        var state = new TurnState(
            new StateBag(conversationKey, stored.GetValueOrDefault(conversationKey)),
            new StateBag(userKey, stored.GetValueOrDefault(userKey)));
        Func<Activity, CancellationToken, Task> sendNow = expectReplies
            ? (_, _) => Task.CompletedTask
            : (reply, ct) => outbound.SendAsync(reference, reply, ct);
        return new TurnContext(activity, state, services, sendNow);
    }

    private async Task CommitAsync(TurnContext context, ConversationKey conversationKey, ConversationReference reference, CancellationToken cancellationToken)
    {
        var referenceRecord = NewReference(context, conversationKey, reference);
        var writes = new[] { context.State.Conversation.ToWrite(), context.State.User.ToWrite() }.OfType<StateWrite>().ToList();
        if (context.ProcessedActivityKey is null && writes.Count == 0 && context.Transcript.Count == 0 && referenceRecord is null)
        {
            return;
        }

        await store.CommitAsync(new TurnCommit(context.ProcessedActivityKey, writes, context.Transcript, referenceRecord), cancellationToken);
    }

    /// <summary>The conversation's reference, when it is new or its serviceUrl moved; null otherwise.</summary>
    private static ConversationReferenceRecord? NewReference(TurnContext context, ConversationKey conversationKey, ConversationReference reference)
    {
        var serviceUrl = reference.ServiceUrl ?? string.Empty;
        if (context.State.Conversation.Get(StoredServiceUrl) == serviceUrl)
        {
            return null;
        }

        context.State.Conversation.Set(StoredServiceUrl, serviceUrl);
        var isGroup = reference.Conversation.IsGroup == true;
        return new ConversationReferenceRecord(
            conversationKey, isGroup ? null : reference.User?.Id,
            reference.ServiceUrl, isGroup, JsonSerializer.Serialize(reference, ProtocolJson.Default.ConversationReference));
    }

    private async Task DeliverAsync(
        ConversationKey conversationKey, ConversationReference reference, Activity inbound, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        for (var i = 0; i < replies.Count; i++)
        {
            // The key doubles as the activity id external channels see, the same on the first try and from the outbox.
            var key = $"reply|{conversationKey}|{inbound.Id ?? Guid.NewGuid().ToString("N")}|{i}";
            var reply = replies[i] with { Id = replies[i].Id ?? key };
            if (!outbox.IsHolding(conversationKey))
            {
                try
                {
                    await outbound.SendAsync(reference, reply, cancellationToken);
                    continue;
                }
                catch (Exception ex) when (IsPermanent(ex))
                {
                    // Refused for good (4xx other than 429, an untrusted serviceUrl, no sender): a retry would be refused too.
                    LogRefused(logger, ex);
                    continue;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    LogDeferred(logger, ex);
                }
            }

            if (reply.Type != ActivityTypes.Typing)
            {
                await outbox.EnqueueAsync(new OutboxMessage(key, conversationKey, MemberKey.ForSender(inbound), reference, reply), cancellationToken);
            }
        }
    }

    private static bool IsPermanent(Exception ex) =>
        ex is InvalidOperationException
        || (ex is HttpRequestException { StatusCode: { } status } && status != System.Net.HttpStatusCode.TooManyRequests && (int)status < 500);

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "State {Key} changed under turn attempt {Attempt}; re-running the turn on fresh state")]
    private static partial void LogConflict(ILogger logger, string key, int attempt);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "A reply could not be delivered at once; the outbox delivers it")]
    private static partial void LogDeferred(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 202, Level = LogLevel.Error, Message = "The channel refused a reply")]
    private static partial void LogRefused(ILogger logger, Exception exception);
}
