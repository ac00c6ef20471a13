using System.Text.Json;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps.Forms;

/// <summary>
/// Where chat sign-ups start (buttons, typed commands, the asked-back confirmation): an activity with a form
/// starts the guided sign-up at its "field" step, so the seat is taken with the answers; any other sign-up goes
/// straight to <see cref="ChatSignUp"/>. "修改报名信息" restarts the form over the member's current answers.
/// </summary>
public sealed class FormSignUp(ChatSignUp chat, FormStore forms, ActivityStore activities, DialogEngine engine, TimeProvider clock)
{
    public async Task SignUpAsync(TurnContext context, string activityId, CancellationToken cancellationToken)
    {
        var fields = await forms.GetFieldsAsync(activityId, cancellationToken);
        var activity = fields.Count > 0 ? await activities.GetAsync(activityId, cancellationToken) : null;
        if (activity is null || activity.Status == ActivityStatus.Cancelled || clock.GetUtcNow() >= activity.SignUpClosesAt
            || await forms.AnswersOfAsync(activityId, SignUpRoute.Member(context), cancellationToken) is not null)
        {
            await chat.SignUpAsync(context, activityId, null, fields, cancellationToken); // it says why not (full, closed, already signed up)
            return;
        }

        await engine.BeginAsync(context, SignUpFlow.FromFields,
            Values(new SignUpFlowValues(activity.ClubId ?? SignUpFlow.Standalone, activityId, 0, [])), cancellationToken);
    }

    /// <summary>"修改报名信息": the form again, over the member's answers, while sign-up is open.</summary>
    public async Task EditAsync(TurnContext context, string activityId, CancellationToken cancellationToken)
    {
        var activity = await activities.GetAsync(activityId, cancellationToken);
        var fields = activity is null ? [] : await forms.GetFieldsAsync(activityId, cancellationToken);
        var answers = await forms.AnswersOfAsync(activityId, SignUpRoute.Member(context), cancellationToken);
        if (activity is null || activity.Status == ActivityStatus.Cancelled)
        {
            context.Reply(SignUpTexts.NotFound);
        }
        else if (answers is null)
        {
            context.Reply(FormTexts.NotSignedUp);
        }
        else if (fields.Count == 0)
        {
            context.Reply(FormTexts.NoForm);
        }
        else if (clock.GetUtcNow() >= activity.SignUpClosesAt)
        {
            context.Reply(FormTexts.ChangeClosed(
                $"「{SignUpFormat.Title(activity, Language.Chinese)}」", $"“{SignUpFormat.Title(activity, Language.English)}”"));
        }
        else
        {
            await engine.BeginAsync(context, SignUpFlow.FromFields,
                Values(new SignUpFlowValues(activity.ClubId ?? SignUpFlow.Standalone, activityId, 0, answers, Editing: true)), cancellationToken);
        }
    }

    private static JsonElement Values(SignUpFlowValues values) => JsonSerializer.SerializeToElement(values, SignUpJson.Default.SignUpFlowValues);
}
