using EngageBot.Features.Dialogs;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Handoff;

/// <summary>
/// Returns members whose hand-off nobody answered by its <see cref="HandoffTicket.ReturnAt"/> to the bot, and tells
/// them through the outbox. The time is a column, so a restart loses nothing; the run is idempotent, so it can
/// run on every instance (the conditional close lets one of them win each ticket).
/// </summary>
public sealed partial class HandoffReturns(HandoffStore store, HandoffService handoff, HandoffAlerts alerts, TimeProvider clock, ILogger<HandoffReturns> logger)
{
    /// <summary>Who closed a returned ticket (<c>closed_by</c>), as <see cref="HandoffStore.ReturnToBotAsync"/> writes it.</summary>
    public const string ClosedBy = "timeout";

    private const int Batch = 100;

    /// <summary>Returns every due ticket; the number returned.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var returned = 0;
        while (true)
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            var due = await store.ListDueToReturnAsync(now, Batch, cancellationToken);
            foreach (var ticket in due)
            {
                if (!await store.ReturnToBotAsync(ticket.Id, now, cancellationToken))
                {
                    continue; // staff answered or closed it meanwhile
                }

                returned++;
                LogReturned(logger, ticket.Id);
                // The conversation's hand-off mark clears itself on the member's next turn (the ticket is closed).
                await handoff.SendAsync(ticket, HandoffTexts.ReturnedToBot(ticket.Id).For(ticket.Language), cancellationToken);
                alerts.Publish(new HandoffAlert(HandoffAlertKind.Returned, ticket.Id, ticket.MemberName,
                    ticket.Reason.ToString().ToLowerInvariant(), ticket.CreatedAt, InOfficeHours: false));
            }

            if (due.Count < Batch)
            {
                return returned;
            }
        }
    }

    [LoggerMessage(EventId = 803, Level = LogLevel.Information, Message = "Hand-off ticket {TicketId} returned to the bot unanswered")]
    private static partial void LogReturned(ILogger logger, string ticketId);
}
