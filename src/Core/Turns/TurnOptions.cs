namespace EngageBot.Core.Turns;

/// <summary>Turn settings (<c>Turns:…</c>).</summary>
public sealed class TurnOptions
{
    /// <summary>How long a message turn may run before the member sees "typing…".</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(750);

    /// <summary>How often a turn that lost a state write race is re-run on fresh state.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>
    /// How long a new conversation's reference may wait to be written with others (SQLite; see
    /// <see cref="DeferredReferences"/>): more per batch is fewer pages written per reference.
    /// </summary>
    public TimeSpan ReferenceBatchDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The bot's display name in groups: "@" + this name mentions it.</summary>
    public string BotName { get; set; } = "小助手";
}
