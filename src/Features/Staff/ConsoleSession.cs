using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Staff;

/// <summary>
/// Who is signed in to the console, and the anti-forgery token to send in <see cref="HeaderName"/>. <see cref="TimeZone"/>
/// is the union's IANA zone (<c>Union:TimeZone</c>): the console shows and reads times in it, whatever the laptop's zone.
/// </summary>
public sealed record ConsoleSession(string UserName, string Role, string RequestToken, string HeaderName, string TimeZone);
