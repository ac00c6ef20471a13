using EngageBot.Core.Turns;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Cancelling in chat: a cancel button or "取消瑜伽报名" finds the member's sign-up and asks yes/no first; the
/// answer within ten minutes gives the seat back (the first on the waitlist is promoted and told).
/// </summary>
public sealed class ChatCancel(
    SignUpService service,
    SignUpLists lists,
    ClubStore clubs,
    SignUpTexts texts,
    CommandDays days,
    TimeProvider clock)
{
    private static readonly PendingYesNo<PendingCancel> Question = new(
        new("signUpPendingCancel", SignUpJson.Default.PendingCancel),
        ["是", "是的", "确定", "确认", "对", "好", "好的", "取消吧", "yes", "y", "ok", "sure", "confirm"],
        ["否", "不", "不是", "不用", "不取消", "算了", "保留", "no", "n", "keep", "nope"],
        PromptReplies.ToCancel);

    /// <summary>Drops a question left open (another button was pressed instead).</summary>
    public static void Forget(TurnContext context) => Question.Forget(context);

    public async Task AskAsync(TurnContext context, string activityId, CancellationToken cancellationToken)
    {
        if (await lists.FindForMemberAsync(SignUpRoute.Member(context), activityId, cancellationToken) is not { Activity: { } activity })
        {
            context.Reply(SignUpTexts.NothingToCancel);
            return;
        }

        Question.Ask(context, new PendingCancel(activityId, context.Activity.From!.Id!, clock.GetUtcNow()));
        context.Reply(SignUpActions.WithButtons(context, texts.ConfirmCancel(activity),
            SignUpActions.ImBack(SignUpTexts.Yes.For(context.Language)), SignUpActions.ImBack(SignUpTexts.No.For(context.Language))));
    }

    /// <summary>True when this message answered an open question (yes cancels, no keeps the seat).</summary>
    public async Task<bool> AnswerAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var (answer, pending) = Question.Take(context, clock.GetUtcNow());
        if (answer == YesNo.No)
        {
            context.Reply(SignUpTexts.KeptSignUp);
            return true;
        }

        if (answer != YesNo.Yes)
        {
            return false;
        }

        var result = await service.CancelAsync(pending!.ActivityId, SignUpRoute.Member(context), enforceDeadline: true, cancellationToken);
        context.Reply(result.Kind switch
        {
            CancelResultKind.Cancelled => texts.Cancelled(result.Activity!),
            CancelResultKind.DeadlinePassed => texts.CancelClosed(result.Activity!),
            _ => SignUpTexts.NothingToCancel,
        });
        return true;
    }

    /// <summary>"取消瑜伽报名", "取消周六的": one match is asked about, several are offered as buttons.</summary>
    public async Task ByTextAsync(TurnContext context, SignUpCommand command, CancellationToken cancellationToken)
    {
        var mine = await lists.ListForMemberAsync(SignUpRoute.Member(context), cancellationToken);
        var named = ClubMatcher.Clubs(command.Text, await clubs.ListAsync(true, cancellationToken));
        var matching = mine.Where(m => m.SignUp.Status != SignUpStatus.Attended && days.Match(m.Activity, command)
            && (named.Count == 0 || ClubMatcher.Names(m.Activity, command.Text, named))).Select(m => m.Activity).ToList();
        if (matching.Count == 0)
        {
            context.Reply(SignUpTexts.NothingToCancel);
        }
        else if (matching.Count == 1)
        {
            await AskAsync(context, matching[0].Id, cancellationToken);
        }
        else
        {
            var choices = matching.Take(5).ToList();
            context.Reply(SignUpActions.WithButtons(context, texts.ChooseToCancel(choices),
                [.. choices.Select(a => SignUpActions.PostBack(SignUpTexts.CancelButtonFor(a).For(context.Language), SignUpActions.Cancel, a.Id))]));
        }
    }
}
