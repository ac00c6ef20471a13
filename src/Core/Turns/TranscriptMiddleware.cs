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
        context.Transcript.Add(Entry(conversation, activity, "in"));
        await next(cancellationToken);
        foreach (var reply in context.Replies)
        {
            context.Transcript.Add(Entry(conversation, reply, "out"));
        }
    }

    private static TranscriptEntry Entry(ConversationKey conversation, Activity activity, string direction) =>
        new(conversation, activity.Id, direction, ActivityWriter.SerializeForStorage(activity));
}
