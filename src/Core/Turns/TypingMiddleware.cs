using EngageBot.Core.Protocol;
using Microsoft.Extensions.Options;

namespace EngageBot.Core.Turns;

/// <summary>When a message turn runs longer than <see cref="TurnOptions.TypingDelay"/>, shows "typing…" at once.</summary>
public sealed class TypingMiddleware(IOptions<TurnOptions> options, TimeProvider clock) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, NextDelegate next, CancellationToken cancellationToken)
    {
        if (context.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken);
            return;
        }

        var turn = next(cancellationToken);
        if (turn.IsCompleted)
        {
            // Answered without waiting on anything: no timer, no linked token (most knowledge answers, per turn).
            await turn;
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(options.Value.TypingDelay, clock, stop.Token);
        if (await Task.WhenAny(turn, delay) == delay && !delay.IsCanceled)
        {
            var typing = context.Activity.CreateReply() with { Type = ActivityTypes.Typing, Locale = null };
            await context.SendNowAsync(typing, cancellationToken);
        }

        await stop.CancelAsync();
        await turn;
    }
}
