using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Handoff;

/// <summary>
/// While a conversation is with staff, its messages go to the ticket (they are in the transcript) and the
/// bot stays quiet, until the member says "结束人工/back to bot" or staff close the ticket. Runs before
/// any dialog (negative rank).
/// </summary>
public sealed class HandoffRelayRoute(HandoffService handoff, TurnRecognizer recognizer) : IBotRoute
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
            return false;
        }

        if (recognizer.Recognize(context).Intent == Intent.EndHandoff)
        {
            await handoff.CloseByMemberAsync(context, ticketId, cancellationToken);
            context.Reply(HandoffTexts.EndedByMember);
            return true;
        }

        await handoff.RecordMemberMessageAsync(ticketId, cancellationToken);
        return true;
    }
}
