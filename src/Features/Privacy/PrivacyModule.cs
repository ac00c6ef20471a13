using EngageBot.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Privacy;

/// <summary>
/// Members' personal data (PIPL): staff export and erase one member, a member sees and downloads their own. Each
/// feature contributes its own tables through <see cref="EngageBot.Core.Privacy.IPersonalData"/>, registered by its
/// module; this feature only orchestrates.
/// </summary>
public static class PrivacyModule
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton(new SchemaScripts(typeof(PrivacyModule).Assembly));
        services.AddSingleton<PersonalDataShares>();
        services.AddSingleton<PersonalDataService>();
        services.AddSingleton<AccountPrivacy>();
        return services;
    }

    public static IEndpointRouteBuilder MapPrivacy(this IEndpointRouteBuilder app)
    {
        app.MapPrivacyAdminApi();
        app.MapMemberDataApi();
        app.MapAccountPrivacyApi();
        return app;
    }
}
