using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Handoff;

/// <summary>
/// Hand-off to union staff: opens tickets from a turn, and lets staff (console, admin API) list open
/// tickets, reply and close. Staff replies go to the member proactively through the outbox (<see cref="IOutbox"/>)
/// using the conversation's stored reference, in order behind anything still waiting there, and are recorded
/// in the transcript.
/// </summary>
public sealed partial class HandoffService(
    HandoffStore store,
    IStateStore states,
    IOutbox outbox,
    OfficeHours officeHours,
    IOptions<HandoffOptions> options,
    HandoffAlerts alerts,
    TimeProvider clock,
    ILogger<HandoffService> logger)
{
    /// <summary>
    /// Opens (or finds) the ticket for the turn's conversation and marks the conversation as handed off. <c>Created</c>
    /// is true while the member has not been told of the ticket: a new one, or one this turn's first attempt opened
    /// before it lost a state race (the conversation's state, saved with the announcement, does not know it yet).
    /// </summary>
    public async Task<(HandoffTicket Ticket, bool Created)> OpenAsync(TurnContext context, HandoffReason reason, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        var known = context.State.Conversation.Get(HandoffState.OpenTicket);
        var now = clock.GetUtcNow();
        var returnAt = officeHours.AddOfficeTime(now, options.Value.ReturnToBotAfter); // only time staff are on duty counts
        var opened = await store.OpenAsync(ConversationKey.For(activity), activity.From?.Id, activity.From?.Name, reason, context.Language,
            now.ToUnixTimeMilliseconds(), returnAt.ToUnixTimeMilliseconds(), cancellationToken);
        context.State.Conversation.Set(HandoffState.OpenTicket, opened.Ticket.Id);
        context.State.Conversation.Remove(HandoffState.Acknowledged);
        if (opened.Created)
        {
            LogOpened(logger, opened.Ticket.Id, reason);
            alerts.Publish(new HandoffAlert(HandoffAlertKind.Opened, opened.Ticket.Id, opened.Ticket.MemberName, Name(reason), opened.Ticket.CreatedAt, officeHours.Expect(now).Now));
        }

        return (opened.Ticket, opened.Created || known != opened.Ticket.Id);
    }

    /// <summary>What the member is told when a ticket opens (or is already open): the ticket and when a person will reply.</summary>
    public Localized Announce(HandoffTicket ticket, bool created)
    {
        var when = WhenNow();
        if (!created)
        {
            return HandoffTexts.AlreadyOpen(ticket.Id, when);
        }

        // The return time was fixed when the ticket opened (ReturnToBotAfter of office time, OfficeHours.AddOfficeTime).
        var now = clock.GetUtcNow();
        var returnsBy = HandoffTexts.ReturnsBy(
            officeHours.ToLocal(ticket.ReturnAt ?? officeHours.AddOfficeTime(now, options.Value.ReturnToBotAfter)), officeHours.ToLocal(now));
        return ticket.Reason == HandoffReason.Misunderstood
            ? HandoffTexts.OpenedAfterMisunderstanding(ticket.Id, when, returnsBy)
            : HandoffTexts.Opened(ticket.Id, when, returnsBy);
    }

    /// <summary>"Staff will reply shortly" in office hours, else when they next open.</summary>
    public Localized WhenNow() => HandoffTexts.When(officeHours.Expect(clock.GetUtcNow()), options.Value.Opens);

    public Task<HandoffTicket?> GetAsync(string ticketId, CancellationToken cancellationToken) => store.GetAsync(ticketId, cancellationToken);

    /// <summary>Tickets waiting for or in conversation with staff, oldest first.</summary>
    public Task<IReadOnlyList<HandoffTicket>> ListOpenAsync(CancellationToken cancellationToken) => store.ListOpenAsync(cancellationToken);

    /// <summary>Tickets that went back to the bot unanswered, newest first: staff follow them up (<see cref="ReplyAsync"/> still reaches the member).</summary>
    public Task<IReadOnlyList<HandoffTicket>> ListReturnedAsync(int limit, CancellationToken cancellationToken) => store.ListReturnedAsync(limit, cancellationToken);

    /// <summary>Counts a member message that went to staff (its text is in the transcript).</summary>
    public Task RecordMemberMessageAsync(string ticketId, CancellationToken cancellationToken) =>
        store.RecordMemberMessageAsync(ticketId, Now(), cancellationToken);

    /// <summary>
    /// Tells the consoles, once this turn committed, that the member wrote on <paramref name="ticket"/>: its
    /// transcript (the member's message and whatever the bot answered) is then there to read.
    /// </summary>
    public void AlertMemberMessage(TurnContext context, HandoffTicket ticket) => context.AfterCommit(() => alerts.Publish(
        new HandoffAlert(HandoffAlertKind.MemberMessage, ticket.Id, ticket.MemberName, Name(ticket.Reason), ticket.CreatedAt, officeHours.Expect(clock.GetUtcNow()).Now)));

    /// <summary>Puts a staff reply to the member in the outbox; it is recorded once it is there.</summary>
    /// <exception cref="ArgumentException">The staff name or text is empty.</exception>
    public async Task<HandoffReplyResult> ReplyAsync(string ticketId, string staffName, string text, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(staffName);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var ticket = await store.GetAsync(ticketId, cancellationToken);
        if (ticket is null)
        {
            return HandoffReplyResult.NotFound;
        }

        // A ticket that went back to the bot unanswered can still be followed up: the member gets the reply, the bot keeps the chat.
        var returned = ticket is { Status: HandoffStatus.Closed, ClosedBy: HandoffReturns.ClosedBy };
        if (ticket.Status == HandoffStatus.Closed && !returned)
        {
            return HandoffReplyResult.Closed;
        }

        var label = HandoffTexts.StaffLabel(staffName.Trim()).For(ticket.Language);
        if (!await SendAsync(ticket, label + text.Trim(), cancellationToken))
        {
            return HandoffReplyResult.NoConversation;
        }

        _ = returned ? await store.MarkFollowedUpAsync(ticket.Id, Now(), cancellationToken) : await store.MarkRepliedAsync(ticket.Id, Now(), cancellationToken);
        LogReplied(logger, ticket.Id);
        return HandoffReplyResult.Sent;
    }

    /// <summary>Staff close the ticket; the member is told. False when it was not open.</summary>
    public async Task<bool> CloseAsync(string ticketId, string closedBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(closedBy);
        var ticket = await store.GetAsync(ticketId, cancellationToken);
        if (ticket is null || !await store.CloseAsync(ticketId, closedBy, Now(), cancellationToken))
        {
            return false;
        }

        LogClosed(logger, ticketId);
        await SendAsync(ticket, HandoffTexts.ClosedByStaff.For(ticket.Language), cancellationToken);
        return true;
    }

    /// <summary>The member ended the hand-off in a turn ("结束人工"); the turn itself answers them.</summary>
    public async Task CloseByMemberAsync(TurnContext context, string ticketId, CancellationToken cancellationToken)
    {
        context.State.Conversation.Remove(HandoffState.OpenTicket);
        if (await store.CloseAsync(ticketId, "member", Now(), cancellationToken))
        {
            LogClosed(logger, ticketId);
        }
    }

    /// <summary>Sends <paramref name="text"/> to the ticket's member through the outbox; false without a stored conversation.</summary>
    internal async Task<bool> SendAsync(HandoffTicket ticket, string text, CancellationToken cancellationToken)
    {
        // Stored under the sender of a 1:1 chat, or under the conversation itself for a group (ReferenceColumns.MemberOf).
        var conversation = ticket.ConversationKey;
        var stored = (ticket.MemberId is { Length: > 0 } sender
                ? await states.GetReferenceAsync(new MemberKey(conversation.ChannelId, sender), conversation, cancellationToken)
                : null)
            ?? await states.GetReferenceAsync(new MemberKey(conversation.ChannelId, conversation.ConversationId), conversation, cancellationToken);
        if (stored is null)
        {
            return false;
        }

        var reference = stored.Reference;

        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = reference.ChannelId,
            Conversation = reference.Conversation,
            From = reference.Bot,
            Recipient = reference.User,
            Text = text,
            Locale = Localized.Locale(ticket.Language),
        };
        // Durable first: once in the outbox the member gets it, whatever the channel does meanwhile.
        var member = new MemberKey(ticket.ConversationKey.ChannelId, reference.User?.Id ?? ticket.MemberId ?? ticket.ConversationKey.ConversationId);
        var key = "handoff|" + ticket.Id + "|" + Guid.NewGuid().ToString("N");
        await outbox.EnqueueAsync(new OutboxMessage(key, ticket.ConversationKey, member, reference, activity with { Id = key }), cancellationToken);
        var entry = new TranscriptEntry(ticket.ConversationKey, key, "out", JsonSerializer.Serialize(activity with { Id = key }, ProtocolJson.Default.Activity));
        await states.CommitAsync(new TurnCommit(null, [], [entry], null), cancellationToken);
        return true;
    }

    private static string Name(HandoffReason reason) => reason.ToString().ToLowerInvariant();

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    [LoggerMessage(EventId = 800, Level = LogLevel.Information, Message = "Hand-off ticket {TicketId} opened ({Reason})")]
    private static partial void LogOpened(ILogger logger, string ticketId, HandoffReason reason);

    [LoggerMessage(EventId = 801, Level = LogLevel.Information, Message = "Staff replied on hand-off ticket {TicketId}")]
    private static partial void LogReplied(ILogger logger, string ticketId);

    [LoggerMessage(EventId = 802, Level = LogLevel.Information, Message = "Hand-off ticket {TicketId} closed")]
    private static partial void LogClosed(ILogger logger, string ticketId);
}
