using System.Text.Json;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.SignUps.Forms;

namespace EngageBot.Features.SignUps;

/// <summary>
/// The guided sign-up on the dialog engine: choose a club (only clubs with a session open for sign-up),
/// choose the session (title, Beijing time, seats left or 候补), confirm, then <see cref="ChatSignUp"/> signs up
/// with the usual rules and replies. A step with a single option is skipped: the flow is registered three
/// times, starting at each step, and <see cref="StartAsync"/> begins at the first step that has a real choice.
/// An activity with a sign-up form goes on to the form's questions (<see cref="FormSteps"/>, also a fourth
/// registration, <see cref="FromFields"/>, for buttons and changing the details).
/// </summary>
public sealed class SignUpFlow(ActivityStore activities, ClubStore clubs, SignUpFormat format, ChatSignUp chat, FormSteps form, TimeProvider clock)
{
    public const string FromClub = "signup";
    public const string FromSession = "signup-session";
    public const string FromConfirm = "signup-confirm";
    public const string FromFields = "signup-form";

    /// <summary>The "club" of activities that belong to no club.</summary>
    public const string Standalone = "-";

    private const int MaxSessions = 8;

    /// <summary>The flow starting at the club (<see cref="FromClub"/>), the session or the confirmation step.</summary>
    public IDialog Dialog(string id)
    {
        DialogStep<SignUpFlowValues>[] steps =
        [
            new("club", ClubPromptAsync, ClubAnswerAsync),
            new("session", SessionPromptAsync, SessionAnswerAsync),
            new("confirm", ConfirmPromptAsync, ConfirmAnswerAsync),
            new(FormSteps.Step, form.PromptAsync, form.AnswerAsync),
        ];
        var first = id switch
        {
            FromClub => 0,
            FromSession => 1,
            FromConfirm => 2,
            FromFields => 3,
            _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Not a sign-up flow id."),
        };
        return new Dialog<SignUpFlowValues>(id, 1, SignUpFlowTexts.Title, SignUpJson.Default.SignUpFlowValues, () => new SignUpFlowValues(), steps[first..]);
    }

    /// <summary>Starts the flow for the member, for one club when <paramref name="clubId"/> is given.</summary>
    public async Task StartAsync(TurnContext context, DialogEngine engine, string? clubId, CancellationToken cancellationToken)
    {
        var open = await OpenAsync(cancellationToken);
        if (clubId is null)
        {
            var choices = await ClubChoicesAsync(open, cancellationToken);
            if (choices.Count == 0)
            {
                context.Reply(SignUpTexts.NothingUpcoming);
                return;
            }

            if (choices.Count > 1)
            {
                await engine.BeginAsync(context, FromClub, null, cancellationToken);
                return;
            }

            clubId = choices[0].Value;
        }

        var sessions = Sessions(open, clubId);
        if (sessions.Count == 0)
        {
            context.Reply(SignUpTexts.NoMatch);
        }
        else if (sessions.Count == 1)
        {
            await engine.BeginAsync(context, FromConfirm, Serialize(new(clubId, sessions[0].Id)), cancellationToken);
        }
        else
        {
            await engine.BeginAsync(context, FromSession, Serialize(new(clubId)), cancellationToken);
        }
    }

    private static JsonElement Serialize(SignUpFlowValues values) =>
        JsonSerializer.SerializeToElement(values, SignUpJson.Default.SignUpFlowValues);

    private async Task<Prompt> ClubPromptAsync(DialogContext<SignUpFlowValues> dc, CancellationToken cancellationToken) =>
        Prompt.Choose(SignUpFlowTexts.ChooseClub, await ClubChoicesAsync(await OpenAsync(cancellationToken), cancellationToken));

    private async Task<StepResult> ClubAnswerAsync(DialogContext<SignUpFlowValues> dc, PromptAnswer answer, CancellationToken cancellationToken)
    {
        var sessions = Sessions(await OpenAsync(cancellationToken), answer.Choice!.Value);
        if (sessions.Count == 0)
        {
            return StepResult.Retry(SignUpFlowTexts.NoSessions);
        }

        dc.Values = new SignUpFlowValues(answer.Choice.Value, sessions.Count == 1 ? sessions[0].Id : null);
        return sessions.Count == 1 ? StepResult.GoTo("confirm") : StepResult.Next;
    }

    private async Task<Prompt> SessionPromptAsync(DialogContext<SignUpFlowValues> dc, CancellationToken cancellationToken)
    {
        var sessions = Sessions(await OpenAsync(cancellationToken), dc.Values.ClubId);
        return sessions.Count == 0
            ? Prompt.Ask(SignUpFlowTexts.NoSessions)
            : Prompt.Choose(SignUpFlowTexts.ChooseSession, [.. sessions.Select(a => new Choice(a.Id, new(
                $"{SignUpFormat.Title(a, Language.Chinese)} {format.Time(a.StartsAt, Language.Chinese)}{SignUpTexts.Seats(a, Language.Chinese)}",
                $"{SignUpFormat.Title(a, Language.English)} {format.Time(a.StartsAt, Language.English)}{SignUpTexts.Seats(a, Language.English)}")))]);
    }

    private static Task<StepResult> SessionAnswerAsync(DialogContext<SignUpFlowValues> dc, PromptAnswer answer, CancellationToken cancellationToken)
    {
        if (answer.Choice is null)
        {
            return Task.FromResult(StepResult.Retry(SignUpFlowTexts.NoSessions));
        }

        dc.Values = dc.Values with { ActivityId = answer.Choice.Value };
        return Task.FromResult(StepResult.Next);
    }

    private async Task<Prompt> ConfirmPromptAsync(DialogContext<SignUpFlowValues> dc, CancellationToken cancellationToken)
    {
        var activity = dc.Values.ActivityId is { } id ? await activities.GetAsync(id, cancellationToken) : null;
        return Prompt.Confirm(activity is null
            ? SignUpFlowTexts.Confirm(string.Empty, "this activity")
            : SignUpFlowTexts.Confirm(
                format.Headline(activity, Language.Chinese) + SignUpTexts.Seats(activity, Language.Chinese),
                format.Headline(activity, Language.English) + SignUpTexts.Seats(activity, Language.English)));
    }

    private async Task<StepResult> ConfirmAnswerAsync(DialogContext<SignUpFlowValues> dc, PromptAnswer answer, CancellationToken cancellationToken)
    {
        if (answer.Is(Choice.No) || dc.Values.ActivityId is not { } id)
        {
            dc.Turn.Reply(SignUpFlowTexts.NotSignedUp);
            return StepResult.End;
        }

        if (await form.BeginAsync(dc, id, cancellationToken) is { } toForm)
        {
            return toForm;
        }

        await chat.SignUpAsync(dc.Turn, id, null, cancellationToken);
        return StepResult.End;
    }

    /// <summary>Upcoming activities whose sign-up is still open, soonest first.</summary>
    private async Task<List<ActivityRecord>> OpenAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return [.. (await activities.ListUpcomingAsync(null, 100, cancellationToken)).Where(a => a.SignUpClosesAt > now)];
    }

    private static List<ActivityRecord> Sessions(List<ActivityRecord> open, string? clubId) =>
        [.. open.Where(a => clubId == Standalone ? a.ClubId is null : a.ClubId == clubId).Take(MaxSessions)];

    /// <summary>The clubs with a session open for sign-up (in the clubs' own order), then "other activities" if any stand alone.</summary>
    private async Task<List<Choice>> ClubChoicesAsync(List<ActivityRecord> open, CancellationToken cancellationToken)
    {
        var withSessions = open.Select(a => a.ClubId ?? Standalone).ToHashSet(StringComparer.Ordinal);
        var choices = (await clubs.ListAsync(false, cancellationToken))
            .Where(c => withSessions.Contains(c.Id))
            .Select(c => new Choice(c.Id, new(c.Name, string.IsNullOrWhiteSpace(c.NameEn) ? c.Name : c.NameEn)))
            .ToList();
        if (withSessions.Contains(Standalone))
        {
            choices.Add(new Choice(Standalone, SignUpFlowTexts.OtherActivities));
        }

        return choices;
    }
}
