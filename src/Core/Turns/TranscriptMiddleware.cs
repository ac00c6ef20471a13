using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;

namespace EngageBot.Core.Turns;

/// <summary>Records the inbound activity and every reply in the conversation's transcript, with the turn's commit.</summary>
public sealed class TranscriptMiddleware : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        var key = StateKeys.Transcript(activity.ChannelId!, activity.Conversation!.Id!);
        context.Transcript.Add(Entry(key, activity, "in"));
        await next(cancellationToken);
        foreach (var reply in context.Replies)
        {
            context.Transcript.Add(Entry(key, reply, "out"));
        }
    }

    private static TranscriptEntry Entry(string key, Activity activity, string direction) =>
        new(key, activity.Id, direction, JsonSerializer.Serialize(activity, ProtocolJson.Default.Activity));
}
