namespace EngageBot.Bot.Console;

/// <summary>A staff reply to a member in hand-off.</summary>
public sealed record HandoffReplyRequest(string? Text);
