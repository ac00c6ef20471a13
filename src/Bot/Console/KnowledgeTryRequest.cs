namespace EngageBot.Bot.Console;

/// <summary>A question to try against the current knowledge.</summary>
public sealed record KnowledgeTryRequest(string? Text);
