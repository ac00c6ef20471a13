using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;

namespace EngageBot.Features.SignUps.Changes;

/// <summary>
/// Words an activity change when the outbox sends it, in the language the member signed up in. A member who
/// has since cancelled, or an activity cancelled since (its own notice follows), is no longer told of the move
/// (null: the outbox records the row as having nothing to send).
/// </summary>
public sealed class ActivityChangeRenderer(ActivityChangeStore changes, ActivityChangeTexts texts) : IOutboxRenderer
{
    public bool Renders(OutboxKind kind) => kind == OutboxKind.ActivityChanged;

    public async Task<Activity?> RenderAsync(OutboxKind kind, string subjectId, ConversationReference reference, CancellationToken cancellationToken)
    {
        if (!ActivityChangeSql.TryParseSubject(subjectId, out var changeId, out var signUpId)
            || await changes.GetAsync(changeId, signUpId, cancellationToken) is not { } found
            || found.News.SignUp.Status is not (SignUpStatus.Confirmed or SignUpStatus.Waitlisted)
            || found.News.Activity.Status == ActivityStatus.Cancelled)
        {
            return null;
        }

        var (change, news) = found;
        var language = news.SignUp.Language == "en" ? Language.English : Language.Chinese;
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = texts.Changed(change, news).For(language),
            Locale = Localized.Locale(language),
            SuggestedActions = new SuggestedActions { Actions = [SignUpActions.ImBack(SignUpTexts.MySignUpsButton.For(language))] },
        };
    }
}
