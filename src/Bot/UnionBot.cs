using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Notices;
using EngageBot.Features.SignUps;

namespace EngageBot.Bot;

/// <summary>
/// The union assistant. A message goes, in order, to: the routes before dialogs (hand-off relay: staff
/// conversations come first); the member's running dialog, if any; then the other routes in the order
/// <see cref="BotPipeline"/> lists them (sign-ups, commands, activity listing, and the knowledge base last). A question that interrupted a dialog is answered
/// and the dialog's prompt follows. New members are greeted with the menu.
/// </summary>
public sealed class UnionBot(BotRoutes routes, DialogEngine dialogs) : IBot
{
    private readonly IReadOnlyList<IBotRoute> _beforeDialogs = routes.BeforeDialogs;
    private readonly IReadOnlyList<IBotRoute> _afterDialogs = routes.AfterDialogs;

    public async Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        switch (context.Activity.Type)
        {
            case ActivityTypes.ConversationUpdate:
                GreetNewMembers(context);
                break;
            case ActivityTypes.Message:
                await OnMessageAsync(context, cancellationToken);
                break;
            case ActivityTypes.Invoke:
                context.InvokeResponse = new InvokeResponse(501);
                break;
        }
    }

    private async Task OnMessageAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (await TryRoutesAsync(_beforeDialogs, context, cancellationToken))
        {
            return;
        }

        var outcome = await dialogs.ContinueAsync(context, cancellationToken);
        if (outcome == DialogOutcome.Handled)
        {
            return;
        }

        if (!await TryRoutesAsync(_afterDialogs, context, cancellationToken))
        {
            // A picture or voice without text is not "outside what I can help with": the bot just cannot read it.
            var mediaOnly = string.IsNullOrWhiteSpace(context.Activity.Text) && context.Activity.Attachments is { Count: > 0 };
            BotMenu.Reply(context, mediaOnly ? BotTexts.MediaOnly : BotTexts.Fallback);
        }

        if (outcome == DialogOutcome.Interrupted)
        {
            await dialogs.ResumeAsync(context, cancellationToken);
        }
    }

    private static async Task<bool> TryRoutesAsync(IReadOnlyList<IBotRoute> routes, TurnContext context, CancellationToken cancellationToken)
    {
        foreach (var route in routes)
        {
            if (await route.TryHandleAsync(context, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private static void GreetNewMembers(TurnContext context)
    {
        var botId = context.Activity.Recipient?.Id;
        if (context.Activity.MembersAdded?.Any(m => m.Id != botId) == true)
        {
            BotMenu.Reply(context, BotTexts.Welcome);
        }
    }
}
