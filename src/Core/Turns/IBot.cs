namespace EngageBot.Core.Turns;

/// <summary>The bot: decides what a turn means and what to answer.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken);
}
