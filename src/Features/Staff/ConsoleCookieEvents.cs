using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Staff;

/// <summary>
/// Pages redirect to the login page; API calls get a plain 401/403 (the bearer scheme, challenged first in
/// the same policy, may already have written a problem body, so the status is only set when nothing was sent).
/// </summary>
public sealed class ConsoleCookieEvents : CookieAuthenticationEvents
{
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        Answer(context, StatusCodes.Status401Unauthorized);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        Answer(context, StatusCodes.Status403Forbidden);

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var response = context.Response;
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            if (!response.HasStarted)
            {
                response.StatusCode = status;
            }

            return Task.CompletedTask;
        }

        response.Redirect(ConsoleAuthentication.LoginPath);
        return Task.CompletedTask;
    }
}
