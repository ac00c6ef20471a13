using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Handoff;

/// <summary>
/// While a conversation waits for staff the member is never left in silence: commands (帮助, activities, sign-ups,
/// button taps) go on to their routes, questions the bot is sure of are answered by the assistant (marked so),
/// "结束人工/back to bot" ends the hand-off, and anything else goes to the ticket (it is in the transcript), with one
/// acknowledgement per ticket. Runs before any dialog.
/// </summary>
public sealed class HandoffRelayRoute(HandoffService handoff, TurnRecognizer recognizer, IOptions<HandoffOptions> options) : IBotRoute
{
    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.State.Conversation.Get(HandoffState.OpenTicket) is not { } ticketId)
        {
            return false;
        }

        var ticket = await handoff.GetAsync(ticketId, cancellationToken);
        if (ticket is null || ticket.Status == HandoffStatus.Closed)
        {
            context.State.Conversation.Remove(HandoffState.OpenTicket);
            context.State.Conversation.Remove(HandoffState.Acknowledged);
            return false;
        }

        if (string.IsNullOrWhiteSpace(context.Text))
        {
            return false; // a card button (sign-up, cancel…): its own route answers
        }

        handoff.AlertMemberMessage(context, ticket); // whoever answers, staff see the message (and the answer) in the console
        var recognized = recognizer.Recognize(context);
        switch (recognized.Intent)
        {
            case Intent.EndHandoff:
                context.State.Conversation.Remove(HandoffState.Acknowledged);
                await handoff.CloseByMemberAsync(context, ticketId, cancellationToken);
                context.Reply(HandoffTexts.EndedByMember);
                return true;
            case Intent.Handoff:
                context.Reply(handoff.Announce(ticket, created: false));
                return true;
            case Intent.Help or Intent.Activities or Intent.MySignUps or Intent.SignUp or Intent.CancelSignUp or Intent.CheckIn
                or Intent.Subscribe or Intent.Unsubscribe:
                return false; // commands work as ever; the message is still in the transcript staff read
            case Intent.Faq or Intent.Club when recognized.Top is { } top && recognized.Also is null
                && top.Score >= options.Value.AnswerWhileWaitingScore:
                context.Reply(HandoffTexts.AssistantAnswer(top.Entry.Answer));
                return true;
        }

        await handoff.RecordMemberMessageAsync(ticketId, cancellationToken);
        if (context.State.Conversation.Get(HandoffState.Acknowledged) != ticketId)
        {
            context.State.Conversation.Set(HandoffState.Acknowledged, ticketId);
            context.Reply(HandoffTexts.Relayed(handoff.WhenNow()));
        }

        return true;
    }
}
