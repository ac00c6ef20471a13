using System.Text.Json.Serialization.Metadata;
using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Notices;
using EngageBot.Features.SignUps.Admin;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Staff;

/// <summary>
/// The staff console: cookie sign-in beside the bearer tokens, anti-forgery for cookie calls, the audit log,
/// the console's own admin APIs (dashboard, audit; the hand-off inbox, knowledge editor and 接龙 lists are their features'), the OpenAPI document at
/// <c>/openapi/v1.json</c> and the guarded pages under <c>/staff</c>.
/// </summary>
public static class ConsoleServices
{
    internal static IServiceCollection AddStaffConsole(this IServiceCollection services)
    {
        services.AddSingleton<AuditStore>();
        services.AddSingleton<StaffAudit>();
        services.AddSingleton<DashboardQueries>();

        services.AddAuthentication().AddCookie(ConsoleAuthentication.CookieScheme, options =>
        {
            options.Cookie.Name = ConsoleAuthentication.CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = ConsoleAuthentication.LoginPath;
            options.EventsType = typeof(ConsoleCookieEvents);
        });
        services.AddSingleton<ConsoleCookieEvents>();
        services.AddAntiforgery(options =>
        {
            options.HeaderName = ConsoleAuthentication.AntiforgeryHeader;
            options.Cookie.Name = "engagebot.csrf";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // The OpenAPI document describes the admin API only; schemas come from the source-generated contracts.
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Encoder = EngageBot.Core.Json.ApiJson.Encoder; // problem details too
            // One list, in order: the admin API's own contracts first, then what the framework put there.
            IJsonTypeInfoResolver?[] resolvers = [ConsoleJson.Api, StaffJson.Api, SignUpAdminJson.Api, NoticesApiJson.Api, .. options.SerializerOptions.TypeInfoResolverChain];
            options.SerializerOptions.TypeInfoResolver = JsonTypeInfoResolver.Combine(resolvers);
        });
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description =>
                description.RelativePath?.StartsWith(StaffModule.AdminPrefix[1..], StringComparison.OrdinalIgnoreCase) == true;
            options.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
        });
        return services;
    }

    /// <summary>Call before the static files are mapped, so the /staff pages are guarded.</summary>
    internal static WebApplication MapStaffConsole(this WebApplication app)
    {
        app.Use(ConsolePageGuard.GuardAsync);
        app.MapOpenApi();
        app.MapConsoleSession();
        app.MapDashboardApi();
        app.MapAuditApi();
        return app;
    }
}
