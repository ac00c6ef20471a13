using EngageBot.Core.Turns;

namespace EngageBot.Bot;

/// <summary>The route table of <see cref="UnionBot"/>, in the order <see cref="BotPipeline"/> lists it.</summary>
/// <param name="BeforeDialogs">Tried before the member's running dialog.</param>
/// <param name="AfterDialogs">Tried when no dialog took the message; the first that handles it wins.</param>
public sealed record BotRoutes(IReadOnlyList<IBotRoute> BeforeDialogs, IReadOnlyList<IBotRoute> AfterDialogs);
