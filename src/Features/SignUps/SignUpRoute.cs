using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Sign-ups in chat, ranked early so it sees sign-up commands first: the postBack contract
/// (<c>{"action":"signup"|"cancel","activityId"}</c> from any channel), typed commands ("报名周六的瑜伽",
/// "我的报名", "取消瑜伽报名", "签到 123456"), and the yes/no step before a cancellation.
/// </summary>
public sealed class SignUpRoute(
    SignUpService service,
    ChatSignUp chat,
    SignUpConfirmation confirmation,
    SignUpFlow flow,
    DialogEngine engine,
    SignUpStore signUps,
    ActivityStore activities,
    ClubStore clubs,
    SignUpTexts texts,
    SignUpFormat format,
    IOptions<SignUpOptions> options,
    TimeProvider clock) : IBotRoute
{
    /// <summary>The name a member gave (a profile feature may set it); rosters fall back to from.name.</summary>
    public static readonly StateProperty<string> GivenName = new("memberName", SignUpJson.Default.String);

    private static readonly StateProperty<string> DirectConversation = new("signUpDirectConversation", SignUpJson.Default.String);
    private static readonly StateProperty<PendingCancel> Pending = new("signUpPendingCancel", SignUpJson.Default.PendingCancel);
    private static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(10);
    private static readonly string[] YesWords = ["是", "是的", "确定", "确认", "对", "好", "好的", "取消吧", "yes", "y", "ok", "sure", "confirm"];
    private static readonly string[] NoWords = ["否", "不", "不是", "不用", "不取消", "算了", "保留", "no", "n", "keep", "nope"];

    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Activity.From?.Id is null)
        {
            return false;
        }

        RememberDirectConversation(context);
        if (SignUpActions.Read(context.Activity.Value) is { } postBack)
        {
            context.State.Conversation.Remove(Pending);
            SignUpConfirmation.Forget(context);
            if (postBack.Action == SignUpActions.SignUp && DialogEngine.ActiveDialogId(context) is SignUpFlow.FromClub or SignUpFlow.FromSession or SignUpFlow.FromConfirm)
            {
                DialogEngine.End(context); // the button answered the guided sign-up too
            }

            await (postBack.Action == SignUpActions.SignUp
                ? chat.SignUpAsync(context, postBack.ActivityId, cancellationToken)
                : AskToCancelAsync(context, postBack.ActivityId, cancellationToken));
            return true;
        }

        if (await AnswerPendingAsync(context, cancellationToken) || await confirmation.AnswerAsync(context, cancellationToken))
        {
            return true;
        }

        if (SignUpCommandParser.Parse(context.Text) is not { } command)
        {
            return false;
        }

        if (command is { Kind: SignUpCommandKind.SignUp, Confirm: true })
        {
            return await AskToSignUpAsync(context, command, cancellationToken);
        }

        await (command.Kind switch
        {
            SignUpCommandKind.SignUp => SignUpByTextAsync(context, command, cancellationToken),
            SignUpCommandKind.Cancel => CancelByTextAsync(context, command, cancellationToken),
            SignUpCommandKind.MySignUps => ListMineAsync(context, cancellationToken),
            SignUpCommandKind.SetName => SetNameAsync(context, command.Argument!, cancellationToken),
            _ => CheckInAsync(context, command.Argument!, cancellationToken),
        });
        return true;
    }

    private async Task AskToCancelAsync(TurnContext context, string activityId, CancellationToken cancellationToken)
    {
        var mine = await signUps.ListForMemberAsync(Member(context), cancellationToken);
        if (mine.FirstOrDefault(m => m.Activity.Id == activityId) is not { Activity: { } activity })
        {
            context.Reply(SignUpTexts.NothingToCancel);
            return;
        }

        context.State.Conversation.Set(Pending, new PendingCancel(activityId, context.Activity.From!.Id!, clock.GetUtcNow()));
        context.Reply(WithButtons(context, texts.ConfirmCancel(activity),
            SignUpActions.ImBack(SignUpTexts.Yes.For(context.Language)), SignUpActions.ImBack(SignUpTexts.No.For(context.Language))));
    }

    private async Task<bool> AnswerPendingAsync(TurnContext context, CancellationToken cancellationToken)
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
            context.Reply(SignUpTexts.KeptSignUp);
            return true;
        }

        if (!YesWords.Contains(answer))
        {
            return false;
        }

        var result = await service.CancelAsync(pending.ActivityId, Member(context), enforceDeadline: true, cancellationToken);
        context.Reply(result.Kind switch
        {
            CancelResultKind.Cancelled => texts.Cancelled(result.Activity!),
            CancelResultKind.DeadlinePassed => texts.CancelClosed(result.Activity!),
            _ => SignUpTexts.NothingToCancel,
        });
        return true;
    }

    private async Task SignUpByTextAsync(TurnContext context, SignUpCommand command, CancellationToken cancellationToken)
    {
        var upcoming = await activities.ListUpcomingAsync(null, 50, cancellationToken);
        var named = ClubMatcher.Clubs(command.Text, await clubs.ListAsync(false, cancellationToken));
        var onDay = upcoming.Where(a => OnDay(a, command)).ToList();
        var matching = onDay.Where(a => ClubMatcher.Names(a, command.Text, named)).ToList();
        var anyDay = command is { InDays: null, Weekday: null, Weekend: false };
        var byTitle = matching.Exists(a => ClubMatcher.Names(a, command.Text, []));
        if (anyDay && !byTitle && (named.Count == 0 || (named.Count == 1 && matching.Count > 1)))
        {
            // "我想报名" → the guided flow from the club; "我想报名瑜伽" with several sessions → from the session.
            await flow.StartAsync(context, engine, named.SingleOrDefault(), cancellationToken);
            return;
        }

        if (matching.Count > 0)
        {
            await chat.SignUpAsync(context, matching[0].Id, cancellationToken);
            return;
        }

        if (named.Count > 0 || onDay.Count == 0)
        {
            context.Reply(upcoming.Count == 0 ? SignUpTexts.NothingUpcoming : SignUpTexts.NoMatch);
            return;
        }

        var choices = onDay.Take(5).ToList();
        context.Reply(WithButtons(context, texts.Choose(choices),
            [.. choices.Select(a => SignUpActions.PostBack(SignUpTexts.ButtonFor(a).For(context.Language), SignUpActions.SignUp, a.Id))]));
    }

    /// <summary>An inferred sign-up naming one activity is asked back; anything vaguer is left to the other routes.</summary>
    private async Task<bool> AskToSignUpAsync(TurnContext context, SignUpCommand command, CancellationToken cancellationToken)
    {
        var upcoming = await activities.ListUpcomingAsync(null, 50, cancellationToken);
        var named = ClubMatcher.Clubs(command.Text, await clubs.ListAsync(false, cancellationToken));
        var matching = upcoming.Where(a => OnDay(a, command) && ClubMatcher.Names(a, command.Text, named)).ToList();
        if (matching.Count == 0 || (named.Count == 0 && !matching.Exists(a => ClubMatcher.Names(a, command.Text, []))))
        {
            return false;
        }

        confirmation.Ask(context, matching[0]);
        return true;
    }

    private async Task CancelByTextAsync(TurnContext context, SignUpCommand command, CancellationToken cancellationToken)
    {
        var mine = await signUps.ListForMemberAsync(Member(context), cancellationToken);
        var named = ClubMatcher.Clubs(command.Text, await clubs.ListAsync(true, cancellationToken));
        var matching = mine.Where(m => m.SignUp.Status != SignUpStatus.Attended && OnDay(m.Activity, command)
            && (named.Count == 0 || ClubMatcher.Names(m.Activity, command.Text, named))).Select(m => m.Activity).ToList();
        if (matching.Count == 0)
        {
            context.Reply(SignUpTexts.NothingToCancel);
        }
        else if (matching.Count == 1)
        {
            await AskToCancelAsync(context, matching[0].Id, cancellationToken);
        }
        else
        {
            var choices = matching.Take(5).ToList();
            context.Reply(WithButtons(context, texts.ChooseToCancel(choices),
                [.. choices.Select(a => SignUpActions.PostBack(SignUpTexts.CancelButtonFor(a).For(context.Language), SignUpActions.Cancel, a.Id))]));
        }
    }

    private async Task ListMineAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var mine = await signUps.ListForMemberAsync(Member(context), cancellationToken);
        if (mine.Count == 0)
        {
            context.Reply(SignUpTexts.NoSignUps);
            return;
        }

        context.Reply(WithButtons(context, texts.MySignUps(mine),
            [.. mine.Where(m => m.SignUp.Status != SignUpStatus.Attended).Take(5)
                .Select(m => SignUpActions.PostBack(SignUpTexts.CancelButtonFor(m.Activity).For(context.Language), SignUpActions.Cancel, m.Activity.Id))]));
    }

    private async Task SetNameAsync(TurnContext context, string name, CancellationToken cancellationToken)
    {
        if (name.Any(char.IsControl))
        {
            context.Reply(SignUpTexts.BadName);
            return;
        }

        context.State.User.Set(GivenName, name);
        var renamed = await signUps.RenameAsync(Member(context), name, cancellationToken);
        context.Reply(SignUpTexts.NameSaved(name, renamed));
    }

    private async Task CheckInAsync(TurnContext context, string code, CancellationToken cancellationToken)
    {
        var result = await signUps.CheckInAsync(Member(context), code, options.Value.CheckInOpensBefore, options.Value.CheckInLastsAtLeast, cancellationToken);
        context.Reply(result.Kind switch
        {
            CheckInResultKind.CheckedIn => texts.CheckedIn(result.Activity!),
            CheckInResultKind.AlreadyCheckedIn => texts.AlreadyCheckedIn(result.Activity!),
            CheckInResultKind.NotConfirmed => texts.CheckInNotConfirmed(result.Activity!),
            CheckInResultKind.NotOpen => texts.CheckInNotOpen(result.Activity!),
            _ => SignUpTexts.WrongCode,
        });
    }

    private bool OnDay(ActivityRecord activity, SignUpCommand command)
    {
        var starts = format.Local(activity.StartsAt);
        var today = format.Local(clock.GetUtcNow()).Date;
        return command switch
        {
            { InDays: { } days } => starts.Date == today.AddDays(days),
            { Weekday: { } day } => starts.DayOfWeek == day && starts.Date <= today.AddDays(7),
            { Weekend: true } => starts.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && starts.Date <= today.AddDays(7),
            _ => true,
        };
    }

    private static MemberKey Member(TurnContext context) => MemberKey.ForSender(context.Activity);

    /// <summary>Where to tell the member later: their 1:1 chat when known, else this conversation.</summary>
    internal static ConversationKey NoticeConversation(TurnContext context) =>
        context.Activity.Conversation?.IsGroup == true && ConversationKey.TryParse(context.State.User.Get(DirectConversation), out var direct)
            ? direct
            : ConversationKey.For(context.Activity);

    private static void RememberDirectConversation(TurnContext context)
    {
        if (context.Activity.Conversation is { IsGroup: not true })
        {
            var direct = ConversationKey.For(context.Activity).Format();
            if (context.State.User.Get(DirectConversation) != direct)
            {
                context.State.User.Set(DirectConversation, direct);
            }
        }
    }

    private static Activity WithButtons(TurnContext context, Localized text, params CardAction[] actions) =>
        context.CreateReply(text) with { SuggestedActions = new SuggestedActions { Actions = actions } };
}
