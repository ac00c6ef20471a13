using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Staff;

/// <summary>
/// Guards the console's static pages: anything under /staff except the login page and its assets needs the
/// staff cookie, else the browser is sent to /staff/login. /staff/api/* are endpoints with their own authorization. <c>/staff/login</c> itself serves login.html.
/// </summary>
public static class ConsolePageGuard
{
    private static readonly HashSet<string> PublicFiles = new(StringComparer.OrdinalIgnoreCase)
    {
        "/staff/login.html", "/staff/login.js", "/staff/console.css", "/staff/i18n.js",
    };

    public static async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/staff", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/staff/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            if (string.Equals(path.Value, ConsoleAuthentication.LoginPath, StringComparison.OrdinalIgnoreCase))
            {
                context.Request.Path = "/staff/login.html";
                await next(context);
                return;
            }

            if (!PublicFiles.Contains(path.Value!)
                && !(await context.AuthenticateAsync(ConsoleAuthentication.CookieScheme)).Succeeded)
            {
                context.Response.Redirect(ConsoleAuthentication.LoginPath);
                return;
            }

            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.XFrameOptions = "DENY";
        }

        await next(context);
    }
}
