using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.SignUps.Forms;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Signs the member of a turn up for one activity and says how it went (报名成功, 候补第N位, 您已报名, deadline,
/// cancelled, not found): the one place chat sign-ups happen, for buttons, typed commands and the guided flow.
/// </summary>
public sealed class ChatSignUp(SignUpService service, SignUpTexts texts, FormStore forms, ConversationDirectory conversations)
{
    /// <summary>Signs up with the sign-up form's <paramref name="answers"/> (null when the activity has no form or they were not asked).</summary>
    public Task SignUpAsync(TurnContext context, string activityId, IReadOnlyDictionary<string, string>? answers, CancellationToken cancellationToken) =>
        SignUpAsync(context, activityId, answers, null, cancellationToken);

    /// <summary>As above, with the activity's form <paramref name="fields"/> when the caller has just read them (not read again).</summary>
    public async Task SignUpAsync(
        TurnContext context, string activityId, IReadOnlyDictionary<string, string>? answers, IReadOnlyList<FormField>? fields, CancellationToken cancellationToken)
    {
        var result = await service.SignUpAsync(await RequestAsync(context, activityId, cancellationToken) with { Answers = answers }, cancellationToken);
        switch (result.Kind)
        {
            case SignUpResultKind.Confirmed:
                context.Reply(SignUpActions.WithButtons(context, texts.Confirmed(result.Activity!),
                    SignUpActions.PostBack(SignUpTexts.CancelButton.For(context.Language), SignUpActions.Cancel, activityId),
                    SignUpActions.ImBack(SignUpTexts.MySignUpsButton.For(context.Language))));
                break;
            case SignUpResultKind.Waitlisted:
                context.Reply(SignUpActions.WithButtons(context, texts.Waitlisted(result.Activity!, result.QueuePlace ?? 1),
                    SignUpActions.ImBack(SignUpTexts.MySignUpsButton.For(context.Language))));
                break;
            case SignUpResultKind.AlreadySignedUp when (fields ?? await forms.GetFieldsAsync(activityId, cancellationToken)).Count > 0:
                context.Reply(SignUpActions.WithButtons(context, Refusal(result),
                    SignUpActions.PostBack(FormTexts.EditButton.For(context.Language), SignUpActions.EditForm, activityId)));
                break;
            default:
                context.Reply(Refusal(result));
                break;
        }
    }

    /// <summary>
    /// The sign-up request of this turn's member: the name they gave, else the channel's, else "会员" and the
    /// end of their id; the activity's own id as the idempotency key, so a re-run turn gets its first answer.
    /// </summary>
    public async Task<SignUpRequest> RequestAsync(TurnContext context, string activityId, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        var member = MemberKey.ForSender(activity);
        var name = context.State.User.Get(SignUpRoute.GivenName) is { Length: > 0 } given ? given
            : !string.IsNullOrWhiteSpace(activity.From!.Name) ? activity.From.Name.Trim()
            : "会员" + member.UserId[^Math.Min(4, member.UserId.Length)..];
        var source = activity.Id is { } id ? StateKeys.Activity(ConversationKey.For(activity), id) : null;
        var (conversation, conversationMember) = await NoticeConversationAsync(context, member, cancellationToken);
        return new SignUpRequest(activityId, member, name, context.Language == Language.English ? "en" : "zh", conversation, source)
        {
            ConversationMember = conversationMember,
        };
    }

    /// <summary>
    /// Where to tell the member later: from a group, their latest 1:1 chat by its stored reference, else this
    /// conversation. Asked only here, from a group: the member's state no longer remembers their 1:1 chat on every
    /// 1:1 turn, which rewrote the member's state row whenever a new 1:1 conversation began (bench/README.md, fresh25).
    /// </summary>
    /// The member returned is whom that conversation's reference is stored under (the group itself; the sender's account).
    private async Task<(ConversationKey Conversation, MemberKey ConversationMember)> NoticeConversationAsync(
        TurnContext context, MemberKey member, CancellationToken cancellationToken) =>
        context.Activity.Conversation?.IsGroup == true && (await conversations.LatestDirectAsync([member], cancellationToken))[0] is { } direct
            ? (direct, member)
            : (ConversationKey.For(context.Activity), ReferenceColumns.MemberOf(ConversationKey.For(context.Activity), context.Activity.GetReference()));

    /// <summary>What to say when a sign-up did not give a seat or a waitlist place.</summary>
    public Localized Refusal(SignUpResult result) => result.Kind switch
    {
        SignUpResultKind.AlreadySignedUp => texts.AlreadySignedUp(result.Activity!, result.SignUp!, result.QueuePlace),
        SignUpResultKind.DeadlinePassed => texts.SignUpClosed(result.Activity!),
        SignUpResultKind.ActivityCancelled => texts.ActivityCancelled(result.Activity!),
        _ => SignUpTexts.NotFound,
    };
}
