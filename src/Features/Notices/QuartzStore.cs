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
        // Quartz wants clustering said while it is registered (it also turns on its database locks and instance ids).
        var clustered = configuration.GetValue<bool>("Scheduler:Clustered");
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(s => s.InstanceName = "EngageBot");
            // Quartz takes the TimeProvider registered in the container (the one the rest of the service uses).
            quartz.UsePersistentStore(store =>
            {
                // Quartz's API wants a data source named here; the dialect and the connections that are used come
                // from the two factories below, which ask IDatabase which provider is in use.
                store.UseSqlite(o => o.ConnectionString = StorageOptions.DefaultConnectionString);
                store.UseDriverDelegate(sp => sp.GetRequiredService<IDatabase>().Provider == StorageProvider.Postgres
                    ? new PostgreSQLDelegate()
                    : new SQLiteDelegate());
                store.UseConnectionProvider(sp => new DbProvider(
                    sp.GetRequiredService<IDatabase>().Provider == StorageProvider.Postgres ? DataSourceOptions.Providers.Npgsql : DataSourceOptions.Providers.Sqlite,
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
        return services;
    }
}
