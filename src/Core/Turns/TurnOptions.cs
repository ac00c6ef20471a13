namespace EngageBot.Core.Turns;

/// <summary>Turn settings (<c>Turns:…</c>).</summary>
public sealed class TurnOptions
{
    /// <summary>How long a message turn may run before the member sees "typing…".</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(750);

    /// <summary>How often a turn that lost a state write race is re-run on fresh state.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The bot's display name in groups: "@" + this name mentions it.</summary>
    public string BotName { get; set; } = "小助手";
}
