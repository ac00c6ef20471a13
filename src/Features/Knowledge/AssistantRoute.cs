using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Handoff;
using EngageBot.Features.Notices;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Commands and small talk: help, greeting, thanks, cancel with nothing running, notice (un)subscription,
/// and "转人工". Sign-up requests the sign-up route could not place are told how to phrase them. Nothing here
/// changes data on a question or a negation: "不想报了" is acknowledged, "能帮我退订吗" is asked back. A question
/// asked beside any of them is answered too (<see cref="AnswerBeside"/>).
/// </summary>
public sealed class AssistantRoute(TurnRecognizer recognizer, HandoffService handoff, INoticeSubscriptions subscriptions, AnswerBeside beside) : IBotRoute
{
    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var recognized = recognizer.Recognize(context);
        if (recognized.Intent == Intent.Handoff)
        {
            beside.Reply(context); // "转人工，另外12351几点有人接": the question is answered before staff take over
            await HandOffAsync(context, cancellationToken);
            return true;
        }

        if (!await ReplyAsync(context, recognized, cancellationToken))
        {
            return false;
        }

        beside.Reply(context); // "这个怎么用？另外会员卡丢了怎么补": the question asked beside is answered after the reply
        return true;
    }

    private async Task<bool> ReplyAsync(TurnContext context, RecognizedIntent recognized, CancellationToken cancellationToken)
    {
        switch (recognized.Intent)
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
            case Intent.Subscribe or Intent.Unsubscribe when recognized.Action is { Mode: ActionMode.Confirm }:
                // "能帮我退订吗": the button is the explicit command
                var subscribe = recognized.Intent == Intent.Subscribe;
                BotMenu.Reply(context, subscribe ? ActionTexts.ConfirmSubscribe : ActionTexts.ConfirmUnsubscribe,
                    [subscribe ? ActionTexts.Subscribe : ActionTexts.Unsubscribe, ActionTexts.No]);
                return true;
            case Intent.Subscribe or Intent.Unsubscribe:
                await SetSubscriptionAsync(context, recognized.Intent == Intent.Subscribe, cancellationToken);
                return true;
            case Intent.Declined:
                context.Reply(ActionTexts.Declined);
                return true;
            case Intent.EndHandoff:
                context.Reply(HandoffTexts.NotInHandoff);
                return true;
            case Intent.MySignUps or Intent.CancelSignUp or Intent.CheckIn:
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
        context.Reply(handoff.Announce(ticket, created));
    }

    private async Task SetSubscriptionAsync(TurnContext context, bool subscribed, CancellationToken cancellationToken)
    {
        await subscriptions.SetAsync(MemberKey.ForSender(context.Activity), subscribed, cancellationToken);
        context.Reply(subscribed ? BotTexts.Subscribed : BotTexts.Unsubscribed);
    }
}
