using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.DirectLine;

namespace EngageBot.Features.Outbox;

/// <summary>
/// When a 1:1 chat on the built-in channel starts (the conversation update that greets the member, sent once, at
/// their first sign-in), the notices held for them are released into it. Any other turn passes straight through.
/// </summary>
public sealed class FirstSignInMiddleware(WaitingDeliveries waiting) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        var started = activity.Type == ActivityTypes.ConversationUpdate && activity.MembersAdded is { Count: > 0 }
            && activity.ServiceUrl == DirectLineChannel.ServiceUrl && activity.Conversation is { IsGroup: not true, Id: { } conversationId }
            ? new ConversationKey(activity.ChannelId!, conversationId)
            : (ConversationKey?)null;
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            // After the greeting's turn (even a failed one): the member is there either way.
            if (started is { } conversation)
            {
                await waiting.ReleaseAsync(conversation, CancellationToken.None);
            }
        }
    }
}
