namespace EngageBot.Bot.Console;

/// <summary>One message of a hand-off conversation: "in" from the member, "out" from the bot or staff.</summary>
public sealed record TranscriptLine(string Direction, string? From, string Text, DateTimeOffset At);
