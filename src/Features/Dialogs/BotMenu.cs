using EngageBot.Core.Turns;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Notices;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.Dialogs;

/// <summary>Replies that carry the main menu as buttons.</summary>
public static class BotMenu
{
    public static void Reply(TurnContext context, Localized text) =>
        context.Reply(context.CreateReply(text) with
        {
            SuggestedActions = new() { Actions = [.. BotTexts.MenuActions.Select(a => PromptRenderer.ImBack(a.For(context.Language)))] },
        });

    /// <summary>A reply with buttons that send their own titles.</summary>
    public static void Reply(TurnContext context, Localized text, IEnumerable<Localized> buttons) =>
        context.Reply(context.CreateReply(text) with
        {
            SuggestedActions = new() { Actions = [.. buttons.Select(b => PromptRenderer.ImBack(b.For(context.Language)))] },
        });
}
