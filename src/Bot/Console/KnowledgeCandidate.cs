namespace EngageBot.Bot.Console;

/// <summary>A close knowledge entry and its score.</summary>
public sealed record KnowledgeCandidate(string Id, string Title, double Score);
