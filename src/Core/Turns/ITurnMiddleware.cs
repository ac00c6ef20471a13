namespace EngageBot.Core.Turns;

/// <summary>Runs the rest of the pipeline.</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);

/// <summary>
/// One concern of a turn. Work before <c>next</c> happens on the way in, work after it on the way out;
/// not calling <c>next</c> ends the turn there.
/// </summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(TurnContext context, NextDelegate next, CancellationToken cancellationToken);
}
