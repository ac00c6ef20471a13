namespace EngageBot.Core.Protocol;

/// <summary>Quick-reply buttons; an empty <see cref="To"/> shows them to everyone.</summary>
public sealed record SuggestedActions
{
    public IReadOnlyList<string>? To { get; init; }
    public IReadOnlyList<CardAction> Actions { get; init; } = [];
}
