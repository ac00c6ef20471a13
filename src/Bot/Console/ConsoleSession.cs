namespace EngageBot.Bot.Console;

/// <summary>Who is signed in to the console, and the anti-forgery token to send in <see cref="HeaderName"/>.</summary>
public sealed record ConsoleSession(string UserName, string Role, string RequestToken, string HeaderName);
