using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.SignUps;

/// <summary>
/// A sign-up the bot only inferred ("我想参加周六的瑜伽", "能帮我报个名吗") is asked back first — "要为您报名周六的
/// 瑜伽吗？" with 是/否 — and runs only on yes (typed, or the button, which is the card's own sign-up postBack).
/// </summary>
public sealed class SignUpConfirmation(ChatSignUp chat, SignUpTexts texts, TimeProvider clock)
{
    private static readonly StateProperty<PendingSignUp> Pending = new("signUpPendingSignUp", SignUpJson.Default.PendingSignUp);
    private static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(10);
    private static readonly string[] YesWords = ["是", "是的", "确定", "确认", "对", "好", "好的", "要", "yes", "y", "ok", "sure", "confirm"];
    private static readonly string[] NoWords = ["否", "不", "不是", "不用", "不要", "不报", "算了", "no", "n", "nope", "no thanks"];

    public void Ask(TurnContext context, ActivityRecord activity)
    {
        context.State.Conversation.Set(Pending, new PendingSignUp(activity.Id, context.Activity.From!.Id!, clock.GetUtcNow()));
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
    public static void Forget(TurnContext context) => context.State.Conversation.Remove(Pending);

    /// <summary>Answers a pending question with this turn's yes or no; false when there is none or the text is neither.</summary>
    public async Task<bool> AnswerAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.State.Conversation.Get(Pending) is not { } pending || pending.UserId != context.Activity.From!.Id)
        {
            return false;
        }

        context.State.Conversation.Remove(Pending);
        var answer = context.Text.Trim().TrimEnd('。', '.', '!', '！').ToLowerInvariant();
        if (clock.GetUtcNow() - pending.AskedAt > PendingLifetime)
        {
            return false;
        }

        if (NoWords.Contains(answer))
        {
            context.Reply(SignUpTexts.NotSignedUp);
            return true;
        }

        if (!YesWords.Contains(answer))
        {
            return false;
        }

        await chat.SignUpAsync(context, pending.ActivityId, cancellationToken);
        return true;
    }
}
