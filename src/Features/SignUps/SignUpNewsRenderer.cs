using System.Globalization;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Words what members are told without asking (promoted from the waitlist, activity cancelled). The news is
/// put in the outbox in the transaction of the change itself (<see cref="SignUpStore"/>, <see cref="ActivityStore"/>);
/// the outbox's dispatcher calls this when it sends it, in the language the member signed up in.
/// </summary>
public sealed class SignUpNewsRenderer(SignUpNewsStore news, SignUpTexts texts) : IOutboxRenderer
{
    public bool Renders(OutboxKind kind) => kind is OutboxKind.SignUpPromoted or OutboxKind.SignUpCancelled;

    public async Task<Activity?> RenderAsync(OutboxKind kind, string subjectId, ConversationReference reference, CancellationToken cancellationToken)
    {
        if (!long.TryParse(subjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var signUpId)
            || await news.GetAsync(signUpId, cancellationToken) is not { } found)
        {
            return null;
        }

        var language = found.SignUp.Language == "en" ? Language.English : Language.Chinese;
        var promoted = kind == OutboxKind.SignUpPromoted;
        var text = promoted ? texts.Promoted(found.Activity) : texts.ActivityCancelledNotice(found.Activity);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = text.For(language),
            Locale = Localized.Locale(language),
            SuggestedActions = promoted
                ? new SuggestedActions { Actions = [SignUpActions.ImBack(SignUpTexts.MySignUpsButton.For(language))] }
                : null,
        };
    }
}
