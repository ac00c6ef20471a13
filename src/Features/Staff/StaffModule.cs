using EngageBot.Core.Privacy;
using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;
using EngageBot.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Staff;

/// <summary>
/// Staff accounts, the staff console, the audit log, staff known by member number, and the <c>/api/admin</c>
/// convention: every endpoint under it needs a valid staff bearer token. Features map their admin endpoints on <see cref="MapAdminGroup"/>; an endpoint mapped under
/// /api/admin some other way is still guarded (fail closed) unless it explicitly allows anonymous callers.
/// </summary>
public static class StaffModule
{
    public const string AdminPrefix = "/api/admin";

    public static IServiceCollection AddStaff(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new SchemaScripts(typeof(StaffModule).Assembly));
        services.AddSingleton<IPersonalData, StaffPersonalData>();
        services.AddOptions<StaffOptions>().Bind(configuration.GetSection("Staff")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StaffOptions>, StaffOptionsValidator>();
        services.AddSingleton<StaffStore>();
        services.AddSingleton<PasswordHasher>();
        services.AddSingleton<StaffTokenKey>();
        services.AddSingleton<StaffTokenService>();
        services.AddSingleton<StaffSignIn>();
        services.AddSingleton<StaffLoginLimiter>();
        services.AddHostedService<StaffBootstrapper>();
        services.AddSingleton<StaffMemberNumbers>();
        services.AddSingleton<IStaffDirectory, LinkedStaffDirectory>();
        services.AddStaffConsole();

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, StaffBearerHandler>(StaffAuthentication.BearerScheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffAuthentication.StaffPolicy, policy => policy
                .AddAuthenticationSchemes(StaffAuthentication.BearerScheme, ConsoleAuthentication.CookieScheme)
                .RequireRole(StaffAuthentication.AdminRole, StaffAuthentication.StaffRole))
            .AddPolicy(StaffAuthentication.AdminPolicy, policy => policy
                .AddAuthenticationSchemes(StaffAuthentication.BearerScheme, ConsoleAuthentication.CookieScheme)
                .RequireRole(StaffAuthentication.AdminRole));
        return services;
    }

    /// <summary>Guards the console pages and everything under /api/admin, and maps the staff endpoints. Call before the static files are mapped.</summary>
    public static WebApplication MapStaff(this WebApplication app)
    {
        app.MapStaffConsole();
        app.Use(GuardAdminAsync);
        app.MapStaffTokenApi();
        app.MapStaffAccountApi();
        app.MapStaffMemberNumberApi();
        app.MapStaffChatLinkApi();
        return app;
    }

    /// <summary>
    /// The group every admin feature maps its endpoints on: staff token or console cookie required; the
    /// console's anti-forgery check and the audit log run on every endpoint (<see cref="AdminActionFilter"/>).
    /// </summary>
    public static RouteGroupBuilder MapAdminGroup(this IEndpointRouteBuilder app, string prefix = "")
    {
        var group = app.MapGroup(AdminPrefix + prefix).RequireAuthorization(StaffAuthentication.StaffPolicy).DisableAntiforgery();
        group.AddEndpointFilter<AdminActionFilter>();
        return group;
    }

    private static async Task GuardAdminAsync(HttpContext context, RequestDelegate next)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is not null
            && context.Request.Path.StartsWithSegments(AdminPrefix, StringComparison.OrdinalIgnoreCase)
            && endpoint.Metadata.GetMetadata<IAuthorizeData>() is null
            && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
        {
            var result = await context.AuthenticateAsync(StaffAuthentication.BearerScheme);
            if (!result.Succeeded)
            {
                await context.ChallengeAsync(StaffAuthentication.BearerScheme);
                return;
            }

            context.User = result.Principal;
        }

        await next(context);
    }
}
