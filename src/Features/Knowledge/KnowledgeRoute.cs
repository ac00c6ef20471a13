using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Handoff;
using EngageBot.Features.Notices;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// The last route: answers FAQ and club questions from the knowledge base with related topics as buttons;
/// when unsure, offers the closest topics and a person instead of guessing; out of scope, says so politely.
/// Misunderstanding twice in a row (unclear or unrecognisable, not merely off-topic like the weather) hands a
/// 1:1 conversation to staff.
/// </summary>
public sealed class KnowledgeRoute(TurnRecognizer recognizer, IKnowledgeBase knowledge, HandoffService handoff, Unanswered.UnansweredRecorder unanswered, TimeProvider clock) : IBotRoute
{
    /// <summary>Fallbacks in a row that open a hand-off ticket.</summary>
    public const int MissesBeforeHandoff = 2;

    private static readonly StateProperty<int> Misses = new("misunderstood", RoutesJson.Default.Int32);

    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(context.Text))
        {
            return false; // a button postBack (e.g. a card's sign-up) that no feature took: not a misunderstanding
        }

        var recognized = recognizer.Recognize(context);
        unanswered.Note(context, recognized); // fallbacks, clarifications, low-confidence answers: for staff to learn from
        switch (recognized.Intent)
        {
            case Intent.Faq or Intent.Club when recognized.Top is { } top:
                Answer(context, top.Entry, recognized.AlsoCommand);
                if (recognized.Also is { } also)
                {
                    Answer(context, also.Entry); // two questions in one message: both answered, in order
                }

                context.State.User.Remove(Misses);
                return true;
            case Intent.Clarify:
                if (!await CountMissAsync(context, cancellationToken))
                {
                    BotMenu.Reply(context, BotTexts.Clarify, recognized.Candidates.Select(c => c.Entry.Title).Append(BotTexts.HandOff));
                }

                return true;
            case Intent.None when recognized.OffTopic:
                BotMenu.Reply(context, ActionTexts.OutOfScope(recognized.Referral));
                return true;
            case Intent.None when recognized.Candidates.Count > 0:
                if (!await CountMissAsync(context, cancellationToken))
                {
                    // no topic named, only guesses: the fallback first, the guesses one tap away
                    BotMenu.Reply(context, ActionTexts.OutOfScopeWithOffers(recognized.Referral), recognized.Candidates.Select(c => c.Entry.Title).Append(BotTexts.HandOff));
                }

                return true;
            case Intent.None:
                if (!await CountMissAsync(context, cancellationToken))
                {
                    BotMenu.Reply(context, ActionTexts.OutOfScope(recognized.Referral));
                }

                return true;
            default:
                return false;
        }
    }

    private void Answer(TurnContext context, KnowledgeEntry entry, Intent? offer = null) =>
        KnowledgeAnswer.Reply(context, entry, knowledge.Current, clock.GetUtcNow(), offer);

    /// <summary>Counts a fallback; on the second in a row (1:1 only) opens a ticket and says so. True when it did.</summary>
    private async Task<bool> CountMissAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var misses = context.State.User.Get(Misses) + 1;
        if (misses < MissesBeforeHandoff || context.Activity.Conversation?.IsGroup == true)
        {
            context.State.User.Set(Misses, misses);
            return false;
        }

        context.State.User.Remove(Misses);
        var (ticket, created) = await handoff.OpenAsync(context, HandoffReason.Misunderstood, cancellationToken);
        context.Reply(handoff.Announce(ticket, created));
        return true;
    }
}
