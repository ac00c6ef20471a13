using EngageBot.Infrastructure.Postgres;
using EngageBot.Infrastructure.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Infrastructure;

/// <summary>The database seam: options, the provider switch, the schema migrator and the storage health check.</summary>
public static class InfrastructureModule
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindConfiguration("Storage").Configure(o =>
            o.ConnectionString = configuration.GetConnectionString("EngageBot") ?? StorageOptions.DefaultConnectionString).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();

        // The provider switch is the only place that knows which database is in use.
        services.AddSingleton<IDatabase>(sp =>
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.Postgres
                ? ActivatorUtilities.CreateInstance<PostgresDatabase>(sp)
                : ActivatorUtilities.CreateInstance<SqliteDatabase>(sp));
        // The node name is the one Quartz was given at registration (generated once when not configured).
        var registered = ClusterOptions.Read(configuration);
        var nodeName = registered.NodeName;
        services.AddSingleton(new ClusterRegistration(registered.Enabled));
        services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.Section).Configure(o => o.NodeName = nodeName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ClusterOptions>, ClusterOptionsValidator>();
        services.AddSingleton<SchemaMigrator>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return services;
    }
}
