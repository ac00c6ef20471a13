using EngageBot.Features.Members.Admin;
using EngageBot.Features.Members.Roster;
using EngageBot.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Members;

/// <summary>The union's members: the roster (and its admin API and CSV import), the member page's sign-in and the member API.</summary>
public static class MembersModule
{
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.AddSingleton(new SchemaScripts(typeof(MembersModule).Assembly));
        // One store behind its faces: sign-in's look-ups, the staff console's administration, notices' audiences.
        services.AddSingleton<SqlMemberRoster>();
        services.AddSingleton<IMemberRoster>(sp => sp.GetRequiredService<SqlMemberRoster>());
        services.AddSingleton<IRosterAdmin>(sp => sp.GetRequiredService<SqlMemberRoster>());
        services.AddSingleton<IRosterAudience>(sp => sp.GetRequiredService<SqlMemberRoster>());
        services.AddSingleton<MemberAuthenticator>();
        return services;
    }

    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder app)
    {
        app.MapMemberApi();
        app.MapRosterAdminApi();
        return app;
    }
}
