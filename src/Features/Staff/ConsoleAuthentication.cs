using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Staff;

/// <summary>Names used by the staff console's cookie sign-in and its anti-forgery check.</summary>
public static class ConsoleAuthentication
{
    /// <summary>The console's cookie scheme; it sits beside the bearer scheme in the staff policies.</summary>
    public const string CookieScheme = "StaffCookie";

    public const string CookieName = "engagebot.staff";

    /// <summary>The header console pages send the anti-forgery request token in.</summary>
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public const string LoginPath = "/staff/login";
}
