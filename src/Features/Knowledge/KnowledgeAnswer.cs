using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Replies with one knowledge entry's answer and its related topics as buttons: the knowledge route's answer, and
/// the question asked beside a command ("转人工，另外12351几点有人接？") answered by the route that ran the command (<see cref="AnswerBeside"/>).
/// </summary>
public static class KnowledgeAnswer
{
    public static void Reply(TurnContext context, KnowledgeEntry entry, KnowledgeSnapshot snapshot, DateTimeOffset now, Intent? offer = null)
    {
        var text = Unfilled.ForMembers(entry.AnswerAt(now)); // a dated answer takes over on its day; unfilled details never shown
        if (entry.Club is { } club)
        {
            var details = BotTexts.ClubDetails(club);
            text = new($"{entry.Title.Zh}\n{text.Zh}\n\n{details.Zh}", $"{entry.Title.En}\n{text.En}\n\n{details.En}");
        }

        var buttons = entry.Related.Select(snapshot.Find).OfType<KnowledgeEntry>().Select(e => e.Title).ToList();
        if (entry.Kind == KnowledgeKind.Club)
        {
            buttons.Insert(0, BotTexts.UpcomingActivities);
        }

        // A command asked after the question ("…？或者直接给我转人工") is offered first: one tap runs it, nothing runs unasked.
        if (Button(offer) is { } button && !buttons.Contains(button))
        {
            buttons.Insert(0, button);
        }

        BotMenu.Reply(context, text, buttons);
    }

    private static Localized? Button(Intent? command) => command switch
    {
        Intent.Handoff => BotTexts.HandOff,
        Intent.Activities => BotTexts.UpcomingActivities,
        Intent.MySignUps => BotTexts.MySignUps,
        _ => null,
    };
}
