using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Typed sign-up commands ("报名周六的瑜伽", "我想报名"): one matching activity is signed up for, several are offered
/// as buttons, a vague one starts the guided flow; an inferred one ("周六的瑜伽我去") is asked back first.
/// </summary>
public sealed class TypedSignUp(
    Forms.FormSignUp chat,
    SignUpConfirmation confirmation,
    SignUpFlow flow,
    DialogEngine engine,
    ActivityStore activities,
    ClubStore clubs,
    SignUpTexts texts,
    CommandDays days)
{
    public async Task SignUpAsync(TurnContext context, SignUpCommand command, CancellationToken cancellationToken)
    {
        var upcoming = await activities.ListUpcomingAsync(null, 50, cancellationToken);
        var named = ClubMatcher.Clubs(command.Text, await clubs.ListAsync(false, cancellationToken));
        var onDay = upcoming.Where(a => days.Match(a, command)).ToList();
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
        context.Reply(SignUpActions.WithButtons(context, texts.Choose(choices),
            [.. choices.Select(a => SignUpActions.PostBack(SignUpTexts.ButtonFor(a).For(context.Language), SignUpActions.SignUp, a.Id))]));
    }

    /// <summary>An inferred sign-up naming one activity is asked back; anything vaguer is left to the other routes.</summary>
    public async Task<bool> AskAsync(TurnContext context, SignUpCommand command, CancellationToken cancellationToken)
    {
        var upcoming = await activities.ListUpcomingAsync(null, 50, cancellationToken);
        var named = ClubMatcher.Clubs(command.Text, await clubs.ListAsync(false, cancellationToken));
        var matching = upcoming.Where(a => days.Match(a, command) && ClubMatcher.Names(a, command.Text, named)).ToList();
        if (matching.Count == 0 || (named.Count == 0 && !matching.Exists(a => ClubMatcher.Names(a, command.Text, []))))
        {
            return false;
        }

        confirmation.Ask(context, matching[0]);
        return true;
    }
}
