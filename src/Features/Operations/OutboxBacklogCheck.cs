using EngageBot.Features.Outbox;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Operations;

/// <summary>Ready while the outbox's due rows stay at or below <see cref="HealthOptions.OutboxBacklogLimit"/>.</summary>
public sealed class OutboxBacklogCheck(OutboxBacklog backlog, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var due = await backlog.CountDueAsync(cancellationToken);
        var limit = options.Value.OutboxBacklogLimit;
        var description = $"{due} outbox rows due (limit {limit})";
        return due <= limit ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy(description);
    }
}
