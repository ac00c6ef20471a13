using EngageBot.Features.Knowledge;
using EngageBot.Features.Members;
using EngageBot.Features.Notices;
using EngageBot.Features.SignUps;
using EngageBot.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngageBot.Features.Staff;

/// <summary>
/// Connects the features to each other for real: notice audiences and reminders over the groups and sign-ups
/// tables, activity listings from sign-ups, reminders following activity changes, and staff known by member number.
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
        services.Replace(ServiceDescriptor.Singleton<IActivityDirectory, SqlActivityDirectory>());
        services.AddSingleton<StaffMemberNumbers>();
        services.Replace(ServiceDescriptor.Singleton<IStaffDirectory, LinkedStaffDirectory>());
        return services;
    }

    public static IEndpointRouteBuilder MapWiring(this IEndpointRouteBuilder app)
    {
        app.MapStaffMemberNumberApi();
        return app;
    }
}
