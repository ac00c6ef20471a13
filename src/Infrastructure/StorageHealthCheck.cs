using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EngageBot.Infrastructure;

/// <summary>Healthy when the database answers a query.</summary>
public sealed class StorageHealthCheck(IDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenReadAsync(cancellationToken);
            await using var command = connection.Command("SELECT COUNT(*) FROM schema_version");
            var migrations = await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{database.Provider}, {migrations} migrations applied");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"{database.Provider} is not answering", ex);
        }
    }
}
