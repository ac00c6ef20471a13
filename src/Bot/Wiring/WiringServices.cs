using EngageBot.Bot.Hosting;
using EngageBot.Dialogs.SignUps;
using EngageBot.Scheduler.Audience;
using EngageBot.Scheduler.Reminders;

namespace EngageBot.Bot.Wiring;

/// <summary>
/// Connects the features to each other for real: notice audiences and reminders over the groups and sign-ups
/// tables, and reminders following activity changes.
/// </summary>
public static class WiringServices
{
    public static IServiceCollection AddWiring(this IServiceCollection services)
    {
        services.AddActivityCalendar<SqlActivityCalendar>();
        services.AddSingleton<IAudienceSource, GroupMembersSource>();
        services.AddSingleton<IAudienceSource, ClubMembersSource>();
        services.AddSingleton<IReachableMembersSource, AllGroupMembersSource>();
        services.AddSingleton<IActivityScheduleListener, ReminderScheduleListener>();
        return services;
    }

    public static IEndpointRouteBuilder MapWiring(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
