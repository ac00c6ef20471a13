using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;

namespace EngageBot.Features.SignUps;

/// <summary>
/// A sign-up the bot only inferred ("我想参加周六的瑜伽", "能帮我报个名吗") is asked back first — "要为您报名周六的
/// 瑜伽吗？" with 是/否 — and runs only on yes (typed, or the button, which is the card's own sign-up postBack).
/// </summary>
public sealed class SignUpConfirmation(Forms.FormSignUp chat, SignUpTexts texts, TimeProvider clock)
{
    private static readonly PendingYesNo<PendingSignUp> Question = new(
        new("signUpPendingSignUp", SignUpJson.Default.PendingSignUp),
        ["是", "是的", "确定", "确认", "对", "好", "好的", "要", "yes", "y", "ok", "sure", "confirm"],
        ["否", "不", "不是", "不用", "不要", "不报", "算了", "no", "n", "nope", "no thanks"],
        PromptReplies.ToSignUp);

    public void Ask(TurnContext context, ActivityRecord activity)
    {
        Question.Ask(context, new PendingSignUp(activity.Id, context.Activity.From!.Id!, clock.GetUtcNow()));
        context.Reply(context.CreateReply(texts.ConfirmSignUp(activity)) with
        {
            SuggestedActions = new SuggestedActions
            {
                Actions =
                [
                    SignUpActions.PostBack(SignUpTexts.Yes.For(context.Language), SignUpActions.SignUp, activity.Id),
                    SignUpActions.ImBack(SignUpTexts.No.For(context.Language)),
                ],
            },
        });
    }

    /// <summary>Forgets a question the member answered some other way (a button, another command).</summary>
    public static void Forget(TurnContext context) => Question.Forget(context);

    /// <summary>Answers a pending question with this turn's yes or no; false when there is none or the text is neither.</summary>
    public async Task<bool> AnswerAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var (answer, pending) = Question.Take(context, clock.GetUtcNow());
        if (answer == YesNo.No)
        {
            context.Reply(SignUpTexts.NotSignedUp);
            return true;
        }

        if (answer != YesNo.Yes)
        {
            return false;
        }

        await chat.SignUpAsync(context, pending!.ActivityId, cancellationToken);
        return true;
    }
}
