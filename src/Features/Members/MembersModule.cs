using EngageBot.Core.Privacy;
using EngageBot.Features.Members.Admin;
using EngageBot.Features.Members.Roster;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Members.SignIn;
using EngageBot.Features.Members.Sms;
using EngageBot.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Members;

/// <summary>The union's members: the roster (and its admin API and CSV import), the member page's sign-in and the member API.</summary>
public static class MembersModule
{
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.AddSingleton(new SchemaScripts(typeof(MembersModule).Assembly));
        services.AddSingleton<IPersonalData, MembersPersonalData>();
        // One store behind its faces: sign-in's look-ups, the staff console's administration, notices' audiences.
        services.AddSingleton<SqlMemberRoster>();
        services.AddSingleton<IMemberRoster>(sp => sp.GetRequiredService<SqlMemberRoster>());
        services.AddSingleton<IRosterAdmin>(sp => sp.GetRequiredService<SqlMemberRoster>());
        services.AddSingleton<IRosterAudience>(sp => sp.GetRequiredService<SqlMemberRoster>());
        services.AddSingleton<MemberAuthenticator>();
        services.AddSingleton<ISessionRevocation, MemberSessionCheck>();
        services.AddSms();
        services.AddOptions<MemberSignInOptions>().BindConfiguration(MemberSignInOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MemberSignInOptions>, MemberSignInOptionsValidator>();
        services.AddSingleton<SignInCodeStore>();
        services.AddSingleton<SignInKey>();
        services.AddSingleton<SignInAddressLimiter>();
        services.AddSingleton<MemberSignIn>();
        services.AddSingleton<MemberSessions>();
        return services;
    }

    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder app)
    {
        app.MapMemberApi();
        app.MapRosterAdminApi();
        return app;
    }
}
