using EngageBot.Features.Operations;
using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;
using EngageBot.TestKit;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.Operations;

/// <summary>Readiness counts only outbox rows due now and still pending, against the configured limit. Run on each provider.</summary>
public abstract class OutboxBacklogContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 4, 0, 0, TimeSpan.Zero);

    protected IDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync() => Database = await CreateDatabaseAsync();

    public Task DisposeAsync() => TestDatabases.DisposeAsync(Database).AsTask();

    protected abstract Task<IDatabase> CreateDatabaseAsync();

    [Theory]
    [InlineData(1, HealthStatus.Unhealthy)]
    [InlineData(2, HealthStatus.Healthy)]
    public async Task Due_pending_rows_above_the_limit_make_the_service_not_ready(int limit, HealthStatus expected)
    {
        var rows = new RetentionRows(Database);
        await rows.AddOutboxAsync("due-1", "pending", Now.AddMinutes(-1));
        await rows.AddOutboxAsync("due-2", "pending", Now);
        await rows.AddOutboxAsync("later", "pending", Now.AddHours(1));
        await rows.AddOutboxAsync("sent", "sent", Now.AddHours(-1));
        await rows.AddOutboxAsync("failed", "failed", Now.AddHours(-1));
        var check = new OutboxBacklogCheck(new OutboxBacklog(Database, new ManualClock(Now)), Options.Create(new HealthOptions { OutboxBacklogLimit = limit }));

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(expected, result.Status);
        Assert.Equal($"2 outbox rows due (limit {limit})", result.Description);
    }
}
