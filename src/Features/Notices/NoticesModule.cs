using EngageBot.Core.Privacy;
using EngageBot.Features.Outbox;
using EngageBot.Features.SignUps;
using EngageBot.Features.Staff;
using EngageBot.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Notices;

/// <summary>
/// Scheduled notices and reminders: Quartz on the service's own database (<see cref="QuartzStore"/>), the outbox
/// and its dispatcher, subscriptions and the staff "/notice" command.
/// </summary>
public static class NoticesModule
{
    public static IServiceCollection AddNotices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new SchemaScripts(typeof(NoticesModule).Assembly));
        services.AddSingleton<IPersonalData, NoticesPersonalData>();
        services.AddOptions<SchedulerOptions>().BindConfiguration("Scheduler").ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulerOptions>, SchedulerOptionsValidator>();
        services.AddOptions<DeliveryOptions>().BindConfiguration("Delivery").ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();

        services.AddQuartzStore(configuration);

        services.AddNoticeCore();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddHostedService<OutboxDepthSampler>();
        services.AddTransient<NoticeJob>();
        services.AddSingleton<NoticeCommandRoute>();
        services.AddSingleton<NoticeRoute>();

        services.AddSingleton<ReceiptRoute>(); // 确认收到 in chat; the receipts' stores come with the core
        services.AddTransient<ReceiptReminderJob>();
        services.AddTransient<ReceiptProgressJob>();
        services.AddSingleton<HostedGroupReferences>();
        services.AddSingleton<EngageBot.Core.Turns.ITapDescriber, ReceiptTapDescriber>();
        services.AddSingleton<EngageBot.Features.Groups.IGroupCommandWords, ReceiptGroupWords>();

        // Audiences over the groups' members; the clubs' come with the sign-ups feature, which owns their tables.
        services.AddSingleton<IAudienceSource, GroupMembersSource>();
        services.AddSingleton<IReachableMembersSource, AllGroupMembersSource>();

        // The roster: "units" audiences, and "all" is every active rostered member too (through the members feature's interface).
        services.AddSingleton<IAudienceSource, UnitMembersSource>();
        services.AddSingleton<IReachableMembersSource, RosterMembersSource>();
        return services;
    }

    /// <summary>The notices API on the staff admin group.</summary>
    public static IEndpointRouteBuilder MapNotices(this IEndpointRouteBuilder app)
    {
        app.MapAdminGroup().MapNoticesApi();
        return app;
    }

    /// <summary>
    /// Connects reminders and "activities" audiences to the sign-ups feature's calendar (the lead's one line when
    /// merging): <c>services.AddActivityCalendar&lt;SqlActivityCalendar&gt;()</c>.
    /// </summary>
    public static IServiceCollection AddActivityCalendar<TCalendar>(this IServiceCollection services)
        where TCalendar : class, IActivityCalendar
    {
        services.AddSingleton<IActivityCalendar, TCalendar>();
        services.AddSingleton<IAudienceSource, ActivityAttendeesSource>();
        services.AddSingleton<ReminderSender>();
        services.AddSingleton<ReminderScheduler>();
        services.AddTransient<ReminderJob>();
        return services;
    }
}
