using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge;
using EngageBot.Features.SignUps.CheckIn;
using EngageBot.Features.SignUps.Forms;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Sign-ups in chat, ranked early so it sees sign-up commands first: the postBack contract
/// (<c>{"action":"signup"|"cancel","activityId"}</c> from any channel) and typed commands, handed to
/// <see cref="TypedSignUp"/> ("报名周六的瑜伽") and <see cref="ChatCancel"/> ("取消瑜伽报名", with its yes/no step);
/// "我的报名", "我叫…" and "签到 123456" are answered here; "签到" without a code asks for it (<see cref="CheckInCodePrompt"/>,
/// whose answer <see cref="CheckInCodeRoute"/> reads before any running dialog).
/// </summary>
public sealed class SignUpRoute(
    FormSignUp chat,
    SignUpConfirmation confirmation,
    TypedSignUp typed,
    ChatCancel cancel,
    CheckInCodePrompt codePrompt,
    CodeCheckIn codeCheckIn,
    SignUpStore signUps,
    SignUpLists lists,
    SignUpTexts texts,
    AnswerBeside beside) : IBotRoute
{
    /// <summary>The name a member gave (a profile feature may set it); rosters fall back to from.name.</summary>
    public static readonly StateProperty<string> GivenName = new("memberName", SignUpJson.Default.String);

    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Activity.From?.Id is null)
        {
            return false;
        }

        if (SignUpActions.Read(context.Activity.Value) is { } postBack)
        {
            ChatCancel.Forget(context);
            SignUpConfirmation.Forget(context);
            CheckInCodePrompt.Forget(context);
            if (postBack.Action != SignUpActions.Cancel && DialogEngine.ActiveDialogId(context) is SignUpFlow.FromClub or SignUpFlow.FromSession or SignUpFlow.FromConfirm or SignUpFlow.FromFields)
            {
                DialogEngine.End(context); // the button answered the guided sign-up too
            }

            await (postBack.Action switch
            {
                SignUpActions.SignUp => chat.SignUpAsync(context, postBack.ActivityId, cancellationToken),
                SignUpActions.EditForm => chat.EditAsync(context, postBack.ActivityId, cancellationToken),
                _ => cancel.AskAsync(context, postBack.ActivityId, cancellationToken),
            });
            return true;
        }

        if (await cancel.AnswerAsync(context, cancellationToken) || await confirmation.AnswerAsync(context, cancellationToken))
        {
            return true;
        }

        if (SignUpCommandParser.Parse(context.Text) is not { } command)
        {
            return false;
        }

        if (command is { Kind: SignUpCommandKind.SignUp, Confirm: true })
        {
            if (!await typed.AskAsync(context, command, cancellationToken))
            {
                return false;
            }
        }
        else
        {
            await (command.Kind switch
            {
                SignUpCommandKind.SignUp => typed.SignUpAsync(context, command, cancellationToken),
                SignUpCommandKind.Cancel => cancel.ByTextAsync(context, command, cancellationToken),
                SignUpCommandKind.MySignUps => ListMineAsync(context, cancellationToken),
                SignUpCommandKind.SetName => SetNameAsync(context, command.Argument!, cancellationToken),
                _ when command.Argument is null => AskCodeAsync(context),
                _ => codeCheckIn.RunAsync(context, command.Argument, prompted: false, cancellationToken),
            });
        }

        beside.Reply(context); // "我的报名有哪些？另外两癌筛查在哪做": the question asked beside the command is answered too
        return true;
    }

    private async Task ListMineAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var mine = await lists.ListForMemberAsync(Member(context), cancellationToken);
        if (mine.Count == 0)
        {
            context.Reply(SignUpTexts.NoSignUps);
            return;
        }

        context.Reply(SignUpActions.WithButtons(context, texts.MySignUps(mine),
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

    private Task AskCodeAsync(TurnContext context)
    {
        codePrompt.Ask(context);
        return Task.CompletedTask;
    }

    internal static MemberKey Member(TurnContext context) => MemberKey.ForSender(context.Activity);
}
