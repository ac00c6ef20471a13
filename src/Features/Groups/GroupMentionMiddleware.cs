using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Notices;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Groups;

/// <summary>
/// In groups the bot stays quiet unless it is @mentioned (a mention entity or "@" + its name) or given a
/// group command (including staff's "/notice …"); its own mention is removed from <see cref="TurnContext.Text"/> first, so "@小助手 1" reads "1".
/// While a 接龙 runs, a member writing just their own name also counts as joining it, and a card button
/// (a postBack whose value is an object) is always meant for the bot, as are other features' words (<see cref="IGroupCommandWords"/>).
/// </summary>
public sealed class GroupMentionMiddleware(IOptions<TurnOptions> options, IEnumerable<IGroupCommandWords> commandWords) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (activity.Type != ActivityTypes.Message || activity.Conversation?.IsGroup != true)
        {
            await next(cancellationToken);
            return;
        }

        var botName = options.Value.BotName;
        var botId = activity.Recipient?.Id;
        var mentioned = activity.Mentions(botId, botName);
        context.Text = activity.TextWithoutMention(botId, botName);
        var chainOpen = context.State.Conversation.Get(ChainRoute.Chain) is not null;
        var namesThemselves = chainOpen && !string.IsNullOrEmpty(activity.From?.Name) && context.Text == activity.From.Name;
        var cardTap = activity.Value is { ValueKind: System.Text.Json.JsonValueKind.Object };
        if (mentioned || cardTap || GroupCommand.Parse(context.Text) is not null || NoticeCommand.TryParse(context.Text, out _) || namesThemselves
            || commandWords.Any(w => w.IsCommand(context)))
        {
            await next(cancellationToken);
        }
    }
}
