using EngageBot.Features.Outbox;
using EngageBot.Features.SignUps;
using EngageBot.Features.Staff;
using EngageBot.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using Quartz.Impl.AdoJobStore.Common;

namespace EngageBot.Features.Notices;

/// <summary>
/// Scheduled notices and reminders: Quartz on the service's own database (its tables come from our migrations,
/// which run first), the outbox and its dispatcher, subscriptions and the staff "/notice" command.
/// </summary>
public static class NoticesModule
{
    public static IServiceCollection AddNotices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new SchemaScripts(typeof(NoticesModule).Assembly));
        services.AddOptions<SchedulerOptions>().BindConfiguration("Scheduler");
        services.AddOptions<DeliveryOptions>().BindConfiguration("Delivery");

        var postgres = string.Equals(configuration["Storage:Provider"], nameof(StorageProvider.Postgres), StringComparison.OrdinalIgnoreCase);
        var clustered = configuration.GetValue<bool>("Scheduler:Clustered");
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(s => s.InstanceName = "EngageBot");
            // Quartz takes the TimeProvider registered in the container (the one the rest of the service uses).
            quartz.UsePersistentStore(store =>
            {
                // The provider decides Quartz's SQL dialect and lock handler; the connection string is read from
                // StorageOptions when the scheduler is built, so it is the same database the rest of the service uses.
                if (postgres)
                {
                    store.UsePostgres(o => o.ConnectionString = StorageOptions.DefaultConnectionString);
                }
                else
                {
                    store.UseSqlite(o => o.ConnectionString = StorageOptions.DefaultConnectionString);
                }

                store.UseConnectionProvider(sp => new DbProvider(
                    postgres ? DataSourceOptions.Providers.Npgsql : DataSourceOptions.Providers.Sqlite,
                    sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(o => o.StoreJobDataAsStrings = true);
                if (clustered)
                {
                    store.UseClustering(_ => { });
                }
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHealthChecks().AddQuartz(o => o.Name = "scheduler");

        services.AddNoticeCore();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddTransient<NoticeJob>();
        services.AddSingleton<NoticeCommandRoute>();
        services.AddSingleton<NoticeRoute>();

        // Audiences over the groups' and clubs' members.
        services.AddSingleton<IAudienceSource, GroupMembersSource>();
        services.AddSingleton<IAudienceSource, ClubMembersSource>();
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
