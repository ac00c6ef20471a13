using EngageBot.Core.Time;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Notices;

namespace EngageBot.Features.SignUps;

/// <summary>
/// "这周末有什么活动" / "what's on next week": activities as cards with sign-up buttons, from
/// <see cref="IActivityDirectory"/>. A bare sign-up request that no sign-up route took lands here too, so the
/// member sees what can be signed up for.
/// </summary>
public sealed class ActivityListingRoute(TurnRecognizer recognizer, IActivityDirectory directory, UnionTime time, AnswerBeside beside) : IBotRoute
{
    private const int MaxCards = 10;

    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var recognized = recognizer.Recognize(context);
        if (recognized.Intent is not (Intent.Activities or Intent.SignUp))
        {
            return false;
        }

        var topic = recognized.Top?.Entry is { Id: not "activities" and not "signup-howto" } entry ? entry : null;
        var cards = await directory.ListUpcomingAsync(recognized.When, topic?.Id, cancellationToken);
        if (cards.Count == 0)
        {
            var text = BotTexts.NoActivitiesIn(recognized.When?.Label);
            if (topic?.Club is { } club)
            {
                text = new($"{text.Zh}\n\n{topic.Title.Zh}\n{BotTexts.ClubDetails(club).Zh}", $"{text.En}\n\n{topic.Title.En}\n{BotTexts.ClubDetails(club).En}");
            }

            BotMenu.Reply(context, text);
            beside.Reply(context);
            return true;
        }

        var header = BotTexts.ActivitiesIn(recognized.When?.Label ?? new Localized("近期", "coming up"));
        context.Reply(context.CreateReply(header) with
        {
            AttachmentLayout = "carousel",
            Attachments = [.. cards.Take(MaxCards).Select(c => RenderedCards.Render(c, context.Language, time))],
        });
        beside.Reply(context);
        return true;
    }
}
