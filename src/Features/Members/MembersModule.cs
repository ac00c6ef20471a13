using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Members;

/// <summary>The member page's session: its sign-in and the member API.</summary>
public static class MembersModule
{
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.AddSingleton<MemberAuthenticator>();
        return services;
    }

    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder app) => app.MapMemberApi();
}
