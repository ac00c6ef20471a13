namespace EngageBot.Core.Turns;

/// <summary>The ordered middleware around the bot, run as an onion.</summary>
public sealed class MiddlewarePipeline(IEnumerable<ITurnMiddleware> middleware, IBot bot)
{
    private readonly ITurnMiddleware[] _middleware = [.. middleware];

    public Task RunAsync(TurnContext context, CancellationToken cancellationToken) => RunFromAsync(0, context, cancellationToken);

    private Task RunFromAsync(int index, TurnContext context, CancellationToken cancellationToken) =>
        index == _middleware.Length
            ? bot.OnTurnAsync(context, cancellationToken)
            : _middleware[index].OnTurnAsync(context, ct => RunFromAsync(index + 1, context, ct), cancellationToken);
}
