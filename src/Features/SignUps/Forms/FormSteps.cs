using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps.Forms;

/// <summary>
/// The guided sign-up's "field" step: asks the activity's form one field at a time (a choice field as numbered
/// options), checks each answer and says what to type when it does not fit, then takes the seat with the
/// answers — or, when the member is changing their details, replaces their answers while sign-up is open.
/// The step repeats itself (GoTo "field") until every field is answered.
/// </summary>
public sealed class FormSteps(FormStore forms, ActivityStore activities, ChatSignUp chat)
{
    public const string Step = "field";

    /// <summary>After "yes" at the confirmation: the form's first question, or null when there is no form to fill (or the member already holds a place).</summary>
    public async Task<StepResult?> BeginAsync(DialogContext<SignUpFlowValues> dc, string activityId, CancellationToken cancellationToken)
    {
        var fields = await forms.GetFieldsAsync(activityId, cancellationToken);
        if (fields.Count == 0 || await forms.AnswersOfAsync(activityId, SignUpRoute.Member(dc.Turn), cancellationToken) is not null)
        {
            return null;
        }

        dc.Values = dc.Values with { ActivityId = activityId, Field = 0, Answers = [] };
        return StepResult.GoTo(Step);
    }

    public async Task<Prompt> PromptAsync(DialogContext<SignUpFlowValues> dc, CancellationToken cancellationToken)
    {
        var fields = await FieldsAsync(dc, cancellationToken);
        if (fields.Count == 0)
        {
            return Prompt.Confirm(new("报名表已取消，直接确认报名吗？", "The form was removed. Sign up now?"));
        }

        var index = Math.Min(dc.Values.Field, fields.Count - 1);
        var field = fields[index];
        var text = FormTexts.Ask(field, index, fields.Count);
        if (field.Kind != FormFieldKind.Choice)
        {
            return Prompt.Ask(text);
        }

        List<Choice> options = [.. (field.Options ?? []).Select(o => new Choice(o, new(o, o)))];
        if (!field.Required)
        {
            options.Add(new Choice(FormTexts.SkipValue, FormTexts.Skip, FormTexts.SkipWords));
        }

        return Prompt.Choose(text, options);
    }

    public async Task<StepResult> AnswerAsync(DialogContext<SignUpFlowValues> dc, PromptAnswer answer, CancellationToken cancellationToken)
    {
        var fields = await FieldsAsync(dc, cancellationToken);
        var answers = new Dictionary<string, string>(dc.Values.Answers ?? [], StringComparer.Ordinal);
        if (dc.Values.Field < fields.Count)
        {
            var field = fields[dc.Values.Field];
            string? value;
            if (answer.Choice is { } choice)
            {
                value = choice.Value == FormTexts.SkipValue ? null : choice.Value;
            }
            else if (!field.Required && FormTexts.IsSkip(answer.Text))
            {
                value = null;
            }
            else
            {
                var (checkedValue, error) = FormAnswerCheck.Check(field, answer.Text);
                if (error is not null)
                {
                    return StepResult.Retry(error);
                }

                value = checkedValue;
            }

            if (value is null)
            {
                answers.Remove(field.Key);
            }
            else
            {
                answers[field.Key] = value;
            }

            dc.Values = dc.Values with { Field = dc.Values.Field + 1, Answers = answers };
            if (dc.Values.Field < fields.Count)
            {
                return StepResult.GoTo(Step);
            }
        }

        await FinishAsync(dc, fields, answers, cancellationToken);
        return StepResult.End;
    }

    private async Task FinishAsync(DialogContext<SignUpFlowValues> dc, IReadOnlyList<FormField> fields, Dictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var id = dc.Values.ActivityId!;
        if (!dc.Values.Editing)
        {
            await chat.SignUpAsync(dc.Turn, id, answers, cancellationToken);
            return;
        }

        var result = await forms.ChangeAnswersAsync(id, SignUpRoute.Member(dc.Turn), answers, cancellationToken);
        var activity = result.Activity;
        var (zh, en) = activity is null ? ("该活动", "this activity")
            : (SignUpFormat.Title(activity, Language.Chinese), SignUpFormat.Title(activity, Language.English));
        dc.Turn.Reply(result.Kind switch
        {
            FormChangeKind.Changed => Summarised(FormTexts.Changed($"「{zh}」", $"“{en}”"), fields, answers),
            FormChangeKind.DeadlinePassed => FormTexts.ChangeClosed($"「{zh}」", $"“{en}”"),
            FormChangeKind.NotSignedUp => FormTexts.NotSignedUp,
            _ => SignUpTexts.NotFound,
        });
    }

    private static Localized Summarised(Localized text, IReadOnlyList<FormField> fields, Dictionary<string, string> answers) => new(
        text.Zh + "\n" + FormTexts.Summary(fields, answers, Language.Chinese),
        text.En + "\n" + FormTexts.Summary(fields, answers, Language.English));

    private async Task<IReadOnlyList<FormField>> FieldsAsync(DialogContext<SignUpFlowValues> dc, CancellationToken cancellationToken) =>
        dc.Values.ActivityId is { } id && await activities.GetAsync(id, cancellationToken) is not null
            ? await forms.GetFieldsAsync(id, cancellationToken)
            : [];
}
