namespace EngageBot.Core.Turns;

/// <summary>
/// One thing the bot can do with a message (a sign-up command, a FAQ answer, a 接龙 reply, …). Routes are
/// tried in the order the host's pipeline lists them (src/Bot/BotPipeline.cs); the first that handles the turn ends it.
/// </summary>
public interface IBotRoute
{
    /// <summary>Handles the turn and returns true, or returns false to let the next route try.</summary>
    Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken);
}
