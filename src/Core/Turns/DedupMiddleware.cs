using EngageBot.Core.State;

namespace EngageBot.Core.Turns;

/// <summary>
/// A channel that redelivers an activity (same channel, conversation and id) gets no second turn. The
/// processed mark is committed with the turn itself, so a crash mid-turn leaves the activity unprocessed.
/// </summary>
public sealed class DedupMiddleware(IStateStore store) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (string.IsNullOrEmpty(activity.Id))
        {
            await next(cancellationToken);
            return;
        }

        var key = StateKeys.Activity(ConversationKey.For(activity), activity.Id);
        if (context.FoundProcessed ?? await store.IsProcessedAsync(key, cancellationToken))
        {
            return;
        }

        context.ProcessedActivityKey = key;
        await next(cancellationToken);
    }
}
