using EngageBot.Features.Members.Roster;
using EngageBot.Features.Members.Sms;
using EngageBot.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Members;

/// <summary>The union's members: the roster, the member page's sign-in and the member API.</summary>
public static class MembersModule
{
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.AddSingleton(new SchemaScripts(typeof(MembersModule).Assembly));
        services.AddSingleton<IMemberRoster, SqlMemberRoster>();
        services.AddSingleton<MemberAuthenticator>();
        services.AddSms();
        return services;
    }

    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder app) => app.MapMemberApi();
}
