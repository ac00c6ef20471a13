using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Handoff;
using EngageBot.Features.Notices;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Commands and small talk: help, greeting, thanks, cancel with nothing running, notice (un)subscription,
/// and "转人工". Sign-up requests the sign-up route could not place are told how to phrase them.
/// </summary>
public sealed class AssistantRoute(TurnRecognizer recognizer, HandoffService handoff, INoticeSubscriptions subscriptions) : IBotRoute
{
    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        switch (recognizer.Recognize(context).Intent)
        {
            case Intent.Help:
                BotMenu.Reply(context, BotTexts.Help);
                return true;
            case Intent.Greeting:
                BotMenu.Reply(context, BotTexts.Greeting);
                return true;
            case Intent.Thanks:
                context.Reply(BotTexts.Thanks);
                return true;
            case Intent.Cancel:
                context.Reply(BotTexts.NothingToCancel);
                return true;
            case Intent.Subscribe or Intent.Unsubscribe:
                await SetSubscriptionAsync(context, recognizer.Recognize(context).Intent == Intent.Subscribe, cancellationToken);
                return true;
            case Intent.EndHandoff:
                context.Reply(HandoffTexts.NotInHandoff);
                return true;
            case Intent.Handoff:
                await HandOffAsync(context, cancellationToken);
                return true;
            case Intent.MySignUps or Intent.CancelSignUp:
                BotMenu.Reply(context, BotTexts.SignUpsHowTo, [BotTexts.UpcomingActivities, BotTexts.HandOff]);
                return true;
            default:
                return false;
        }
    }

    private async Task HandOffAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Activity.Conversation?.IsGroup == true)
        {
            context.Reply(HandoffTexts.PrivateOnly);
            return;
        }

        DialogEngine.End(context);
        var (ticket, created) = await handoff.OpenAsync(context, HandoffReason.Requested, cancellationToken);
        context.Reply(created ? HandoffTexts.Opened(ticket.Id) : HandoffTexts.AlreadyOpen(ticket.Id));
    }

    private async Task SetSubscriptionAsync(TurnContext context, bool subscribed, CancellationToken cancellationToken)
    {
        await subscriptions.SetAsync(context.Activity.ChannelId!, context.Activity.From!.Id!, subscribed, cancellationToken);
        context.Reply(subscribed ? BotTexts.Subscribed : BotTexts.Unsubscribed);
    }
}
