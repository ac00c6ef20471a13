using EngageBot.Features.Outbox;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Operations;

/// <summary>
/// Running the service for years: retention (each feature declares its tables' <see cref="EngageBot.Core.Retention.IRetentionTarget"/>;
/// this runs them on schedule), online SQLite backups with rotation, and the liveness and readiness endpoints.
/// Needs Quartz (registered by the notices feature) and the staff admin group.
/// </summary>
public static class OperationsModule
{
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BackupOptions>, BackupOptionsValidator>();
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section)
            .Validate(o => o.OutboxBacklogLimit >= 1, "Health:OutboxBacklogLimit must be at least 1 (default 10000 due rows).").ValidateOnStart();

        services.AddSingleton<RetentionRun>();
        services.AddSingleton<SqliteBackups>();
        services.AddTransient<RetentionJob>();
        services.AddTransient<BackupJob>();
        services.AddHostedService<OperationsJobs>();

        services.AddSingleton<OutboxBacklog>();
        services.AddHealthChecks().AddCheck<OutboxBacklogCheck>("outbox");
        return services;
    }

    /// <summary>The admin operations API, <c>/healthz</c> and <c>/readyz</c>.</summary>
    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder app)
    {
        app.MapOperationsApi();
        app.MapHealth();
        return app;
    }
}
