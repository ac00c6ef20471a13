using EngageBot.Core.Protocol;
using EngageBot.Core.State;

namespace EngageBot.Core.Turns;

/// <summary>Records the inbound activity and every reply in the conversation's transcript, with the turn's commit.</summary>
public sealed class TranscriptMiddleware : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        var conversation = ConversationKey.For(activity);
        context.Transcript.Add(new(conversation, activity.Id, "in", StoredJson.Of(activity)));
        await next(cancellationToken);
        for (var i = 0; i < context.Replies.Count; i++)
        {
            // The parked row takes the same bytes (TurnContext.StoredReply).
            context.Transcript.Add(new(conversation, context.Replies[i].Id, "out", context.StoredReply(i)));
        }
    }
}
