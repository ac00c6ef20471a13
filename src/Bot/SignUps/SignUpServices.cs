using EngageBot.Bot.SignUps.Admin;
using EngageBot.Dialogs.Flows;
using EngageBot.Dialogs.SignUps;
using EngageBot.Dialogs.Turns;
using EngageBot.Storage.SignUps;

namespace EngageBot.Bot.SignUps;

/// <summary>Clubs, activities and sign-ups: stores, the chat route, the notice sender, the seeder and the admin API.</summary>
public static class SignUpServices
{
    public static IServiceCollection AddSignUps(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignUpOptions>().Bind(configuration.GetSection("SignUps"));
        services.AddSingleton<ClubStore>();
        services.AddSingleton<ActivityStore>();
        services.AddSingleton<SignUpStore>();
        services.AddSingleton<SignUpNoticeStore>();
        services.AddSingleton<SignUpFormat>();
        services.AddSingleton<SignUpTexts>();
        services.AddSingleton<SignUpNotifier>();
        services.AddSingleton<SignUpService>();
        services.AddSingleton<ChatSignUp>();
        services.AddSingleton<SignUpConfirmation>();
        services.AddSingleton<SignUpFlow>();
        foreach (var start in (string[])[SignUpFlow.FromClub, SignUpFlow.FromSession, SignUpFlow.FromConfirm])
        {
            services.AddSingleton<IDialog>(sp => sp.GetRequiredService<SignUpFlow>().Dialog(start));
        }

        services.AddSingleton<IBotRoute, SignUpRoute>();
        services.AddHostedService<SignUpSeeder>();
        services.AddHostedService<SignUpNoticeSender>();
        return services;
    }

    public static IEndpointRouteBuilder MapSignUps(this IEndpointRouteBuilder app)
    {
        app.MapClubAdminApi();
        app.MapActivityAdminApi();
        return app;
    }
}
