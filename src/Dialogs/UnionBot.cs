using System.Text.Json;
using EngageBot.Dialogs.Protocol;
using EngageBot.Dialogs.Turns;

namespace EngageBot.Dialogs;

/// <summary>
/// The union assistant: greets new members, offers each message to the feature routes in rank order, and
/// answers "help" with what it can do; anything no route understands gets a polite fallback that points at
/// the menu and a person.
/// </summary>
public sealed class UnionBot(IEnumerable<IBotRoute> routes) : IBot
{
    private readonly IBotRoute[] _routes = [.. routes.OrderBy(r => r.Rank)];

    private static readonly HashSet<string> HelpWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "help", "menu", "帮助", "菜单", "?", "？", "功能",
    };

    private static readonly HashSet<string> GreetingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hi", "hello", "hey", "你好", "您好", "在吗", "嗨",
    };

    public async Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        switch (context.Activity.Type)
        {
            case ActivityTypes.ConversationUpdate:
                GreetNewMembers(context);
                break;
            case ActivityTypes.Message:
                foreach (var route in _routes)
                {
                    if (await route.TryHandleAsync(context, cancellationToken))
                    {
                        return;
                    }
                }

                Answer(context, context.Text.TrimEnd('!', '！', '。', '.'));
                break;
            case ActivityTypes.Invoke:
                context.InvokeResponse = new InvokeResponse(501);
                break;
        }
    }

    private static void GreetNewMembers(TurnContext context)
    {
        var botId = context.Activity.Recipient?.Id;
        var newcomers = context.Activity.MembersAdded?.Where(m => m.Id != botId).ToList() ?? [];
        if (newcomers.Count > 0)
        {
            ReplyWithMenu(context, BotTexts.Welcome);
        }
    }

    private static void Answer(TurnContext context, string text)
    {
        if (HelpWords.Contains(text))
        {
            ReplyWithMenu(context, BotTexts.Help);
        }
        else if (GreetingWords.Contains(text))
        {
            ReplyWithMenu(context, BotTexts.Greeting);
        }
        else
        {
            ReplyWithMenu(context, BotTexts.Fallback);
        }
    }

    private static void ReplyWithMenu(TurnContext context, Localized text)
    {
        var actions = BotTexts.MenuActions
            .Select(a => a.For(context.Language))
            .Select(title => new CardAction { Type = "imBack", Title = title, Value = JsonSerializer.SerializeToElement(title, ProtocolJson.Default.String) })
            .ToList();
        context.Reply(context.CreateReply(text) with { SuggestedActions = new SuggestedActions { Actions = actions } });
    }
}
