using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Staff;

/// <summary>Who is signed in to the console, and the anti-forgery token to send in <see cref="HeaderName"/>.</summary>
public sealed record ConsoleSession(string UserName, string Role, string RequestToken, string HeaderName);
