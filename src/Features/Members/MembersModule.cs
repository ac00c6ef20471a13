using EngageBot.Features.Members.Roster;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Members.SignIn;
using EngageBot.Features.Members.Sms;
using EngageBot.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Members;

/// <summary>The union's members: the roster, the member page's sign-in and the member API.</summary>
public static class MembersModule
{
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.AddSingleton(new SchemaScripts(typeof(MembersModule).Assembly));
        services.AddSingleton<IMemberRoster, SqlMemberRoster>();
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

    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder app) => app.MapMemberApi();
}
