using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// Delivers the bot's activities to conversations hosted here (<see cref="DirectLineChannel.ServiceUrl"/>):
/// appended to the conversation's log and pushed to its open streams; typing is pushed only. Notices from the
/// outbox are appended inside the outbox's own transaction (<see cref="ITransactionalActivitySender"/>), so a
/// notice and its "sent" mark commit together and are never repeated; they are pushed to open streams once
/// that transaction committed.
/// </summary>
public sealed class DirectLineSender(DirectLineTranscript transcript, DirectLineLog log, StreamFanout fanout, IConversationSignals signals, TimeProvider clock)
    : IActivitySender, ITransactionalActivitySender
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<LoggedActivity>> _unpublished = new(StringComparer.Ordinal);

    public bool Handles(ConversationReference reference) => DirectLineChannel.IsHosted(reference);

    public async Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = reference.Conversation.Id!;
        var outgoing = Outgoing(reference, activity);
        if (outgoing.Type == ActivityTypes.Typing)
        {
            transcript.PublishLive(conversationId, outgoing with { Id = conversationId + "|typing", Text = null });
            return null;
        }

        var logged = await transcript.AppendAsync(conversationId, outgoing, cancellationToken)
            ?? throw new InvalidOperationException("No Direct Line conversation has that id.");
        return DirectLineChannel.ActivityId(conversationId, logged.Seq);
    }

    public async Task<string> AppendAsync(ConversationReference reference, Activity activity, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var conversationId = reference.Conversation.Id!;
        var outgoing = Outgoing(reference, activity);
        var timestamp = outgoing.Timestamp ?? clock.GetUtcNow();
        var logged = await log.AppendAsync(
            connection,
            transaction,
            conversationId,
            id => JsonSerializer.Serialize(outgoing with { Id = id, Timestamp = timestamp }, ProtocolJson.Default.Activity),
            cancellationToken) ?? throw new InvalidOperationException("No Direct Line conversation has that id.");
        _unpublished.GetOrAdd(conversationId, _ => new ConcurrentQueue<LoggedActivity>()).Enqueue(logged);
        return DirectLineChannel.ActivityId(conversationId, logged.Seq);
    }

    public async Task PublishCommittedAsync(IReadOnlyCollection<ConversationReference> references, CancellationToken cancellationToken)
    {
        foreach (var conversationId in references.Select(r => r.Conversation.Id!).Distinct(StringComparer.Ordinal))
        {
            if (!_unpublished.TryRemove(conversationId, out var queue))
            {
                continue;
            }

            // Pushed from the log, not from what this process appended: an append whose transaction rolled back
            // left nothing there (or another activity under its number), and readers must never see what was not stored.
            var last = queue.Max(a => a.Seq);
            signals.Committed(conversationId, last);
            await fanout.HintAsync(conversationId, last);
        }
    }

    private Activity Outgoing(ConversationReference reference, Activity activity) => activity with
    {
        Id = null,
        Timestamp = null,
        ChannelId = DirectLineChannel.ChannelId,
        ServiceUrl = null,
        Conversation = new ConversationAccount { Id = reference.Conversation.Id!, IsGroup = reference.Conversation.IsGroup },
        From = (activity.From ?? reference.Bot ?? transcript.Bot) with { Role = "bot" },
    };
}
