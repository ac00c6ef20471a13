using EngageBot.Core.State;
using EngageBot.Core.Turns;

namespace EngageBot.Features.SignUps;

/// <summary>
/// A 是/否 question kept in conversation state: only the member who was asked can answer it, it lasts ten minutes,
/// and the next message of that member closes it whatever it says, so a stale question never catches a later "好".
/// Beyond its yes and no words, <paramref name="inWords"/> reads what a member says in their own words ("不去了").
/// </summary>
public sealed class PendingYesNo<T>(StateProperty<T> property, IReadOnlyCollection<string> yesWords, IReadOnlyCollection<string> noWords, Func<string, YesNo>? inWords = null)
    where T : class, IPendingQuestion
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public void Ask(TurnContext context, T question) => context.State.Conversation.Set(property, question);

    public void Forget(TurnContext context) => context.State.Conversation.Remove(property);

    /// <summary>Closes this member's open question and reads the turn's text as its answer.</summary>
    public (YesNo Answer, T? Question) Take(TurnContext context, DateTimeOffset now)
    {
        if (context.State.Conversation.Get(property) is not { } pending || pending.UserId != context.Activity.From!.Id)
        {
            return (YesNo.Neither, null);
        }

        Forget(context);
        var answer = context.Text.Trim().TrimEnd('。', '.', '!', '！').ToLowerInvariant();
        return now - pending.AskedAt > Lifetime ? (YesNo.Neither, null)
            : noWords.Contains(answer) ? (YesNo.No, pending)
            : yesWords.Contains(answer) ? (YesNo.Yes, pending)
            : inWords?.Invoke(context.Text) is { } said and not YesNo.Neither ? (said, pending)
            : (YesNo.Neither, null);
    }
}
