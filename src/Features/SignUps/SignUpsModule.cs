using EngageBot.Core.Privacy;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Notices;
using EngageBot.Features.SignUps.Admin;
using EngageBot.Features.SignUps.Changes;
using EngageBot.Features.SignUps.CheckIn;
using EngageBot.Features.SignUps.Forms;
using EngageBot.Features.SignUps.Member;
using EngageBot.Features.SignUps.Series;
using EngageBot.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Clubs, activities and sign-ups: stores, the chat route and listing, reminders over the notice scheduler,
/// the notice sender, the seeder, the admin API and the member page's activities and sign-ups.
/// </summary>
public static class SignUpsModule
{
    public static IServiceCollection AddSignUps(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new SchemaScripts(typeof(SignUpsModule).Assembly));
        services.AddSingleton<IPersonalData, SignUpsPersonalData>();
        services.AddOptions<SignUpOptions>().Bind(configuration.GetSection("SignUps")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SignUpOptions>, SignUpOptionsValidator>();
        services.AddSingleton<ClubStore>();
        services.AddSingleton<ActivityStore>();
        services.AddSingleton<EngageBot.Core.Turns.ITapDescriber, SignUpTapDescriber>();
        services.AddSingleton<SignUpStore>();
        services.AddSingleton<SignUpLists>();
        services.AddSingleton<CheckInStore>();
        services.AddSingleton<CheckInTokenStore>();
        services.AddSingleton<AttendanceStore>();
        services.AddSingleton<SignUpNewsStore>();
        services.AddSingleton<SignUpFormat>();
        services.AddSingleton<SignUpTexts>();
        services.AddSingleton<IOutboxRenderer, SignUpNewsRenderer>();
        services.AddSingleton<SignUpService>();
        services.AddSingleton<ActivityChangeStore>();
        services.AddSingleton<ActivityChangeTexts>();
        services.AddSingleton<IOutboxRenderer, ActivityChangeRenderer>();
        services.AddSingleton<SeriesStore>();
        services.AddSingleton<SeriesService>();
        services.AddSingleton<ChatSignUp>();
        services.AddSingleton<SignUpConfirmation>();
        services.AddSingleton<FormStore>();
        services.AddSingleton<FormSteps>();
        services.AddSingleton<FormSignUp>();
        services.AddSingleton<SignUpFlow>();
        services.AddSingleton<MemberActivityTexts>();
        foreach (var start in (string[])[SignUpFlow.FromClub, SignUpFlow.FromSession, SignUpFlow.FromConfirm, SignUpFlow.FromFields])
        {
            services.AddSingleton<IDialog>(sp => sp.GetRequiredService<SignUpFlow>().Dialog(start));
        }

        services.AddSingleton<CommandDays>();
        services.AddSingleton<TypedSignUp>();
        services.AddSingleton<ChatCancel>();
        services.AddSingleton<CheckIn.CheckInCodePrompt>();
        services.AddSingleton<CheckIn.CodeCheckIn>();
        services.AddSingleton<CheckIn.CheckInCodeRoute>();
        services.AddSingleton<Groups.IGroupCommandWords, CheckIn.CheckInGroupWords>();
        services.AddSingleton<SignUpRoute>();
        services.AddSingleton<ActivityListingRoute>();
        services.AddSingleton<IActivityDirectory, SqlActivityDirectory>();

        // Reminders and "activities" audiences read the calendar; reminders follow activity changes. "clubs"
        // audiences are the clubs' sign-ups. Both read the sign-ups tables here, behind the notices' interfaces.
        services.AddActivityCalendar<SqlActivityCalendar>();
        services.AddSingleton<IAudienceSource, ClubMembersSource>();
        services.AddSingleton<IActivityScheduleListener, ReminderScheduleListener>();
        services.AddHostedService<SignUpSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapSignUps(this IEndpointRouteBuilder app)
    {
        app.MapClubAdminApi();
        app.MapActivityAdminApi();
        app.MapSeriesAdminApi();
        app.MapActivityChangeApi();
        app.MapFormAdminApi();
        app.MapCheckInApi();
        app.MapMemberActivityApi();
        app.MapAttendanceReportApi();
        return app;
    }
}
