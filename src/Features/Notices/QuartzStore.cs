using EngageBot.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using Quartz.Impl.AdoJobStore;
using Quartz.Impl.AdoJobStore.Common;

namespace EngageBot.Features.Notices;

/// <summary>
/// Quartz on the service's own database (its tables come from our migrations, which run first). Its SQL dialect
/// and connections follow the one storage decision, <see cref="IDatabase.Provider"/>, when the scheduler is built.
/// </summary>
internal static class QuartzStore
{
    public static IServiceCollection AddQuartzStore(this IServiceCollection services, IConfiguration configuration)
    {
        // Quartz wants clustering said while it is registered (it also turns on its database locks): the one
        // cluster switch, Cluster:Enabled, which is validated at start-up (PostgreSQL only).
        var cluster = ClusterOptions.Read(configuration);
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(s =>
            {
                s.InstanceName = "EngageBot";
                if (cluster.Enabled)
                {
                    s.InstanceId = cluster.NodeName; // the qrtz_scheduler_state / qrtz_fired_triggers owner, as operators see it
                }
            });
            // Quartz takes the TimeProvider registered in the container (the one the rest of the service uses).
            quartz.UsePersistentStore(store =>
            {
                // Quartz's API wants a data source named here; the dialect and the connections that are used come
                // from the two factories below, which ask IDatabase which provider is in use. Clustered it must be
                // named PostgreSQL (Quartz refuses to cluster a SQLite source); the validators make sure it is.
                if (cluster.Enabled)
                {
                    store.UsePostgres(o => o.ConnectionString = "Host=localhost");
                }
                else
                {
                    store.UseSqlite(o => o.ConnectionString = StorageOptions.DefaultConnectionString);
                }

                store.UseDriverDelegate(sp => sp.GetRequiredService<IDatabase>().Provider == StorageProvider.Postgres
                    ? new PostgreSQLDelegate()
                    : new SQLiteDelegate());
                store.UseConnectionProvider(sp => new DbProvider(
                    sp.GetRequiredService<IDatabase>().Provider == StorageProvider.Postgres ? DataSourceOptions.Providers.Npgsql : DataSourceOptions.Providers.Sqlite,
                    sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(o => o.StoreJobDataAsStrings = true);
                if (cluster.Enabled)
                {
                    // A peer whose check-ins stop for one interval past the last is taken over (its acquired
                    // triggers return to waiting; its recoverable jobs run again elsewhere).
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = cluster.CheckInInterval;
                        c.CheckinMisfireThreshold = cluster.CheckInInterval;
                    });
                }
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHealthChecks().AddQuartz(o => o.Name = "scheduler");
        return services;
    }
}
