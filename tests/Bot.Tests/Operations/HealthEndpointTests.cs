using System.Net;
using System.Text.Json;
using EngageBot.TestKit;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EngageBot.Bot.Tests.Operations;

/// <summary>/healthz says only that the process serves requests; /readyz runs every readiness check and answers 503 when one fails.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Readyz_lists_storage_scheduler_and_outbox_and_healthz_runs_no_check()
    {
        await using var host = await BotHost.StartAsync();

        using var live = await host.Http.GetAsync("healthz");
        using var readyBody = await Readiness.UntilHealthyAsync(host.Http);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using var liveBody = JsonDocument.Parse(await live.Content.ReadAsStringAsync());
        Assert.Empty(liveBody.RootElement.GetProperty("checks").EnumerateObject());
        var checks = readyBody.RootElement.GetProperty("checks");
        Assert.Equal(["outbox", "scheduler", "storage"], checks.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.All(checks.EnumerateObject(), c => Assert.Equal("Healthy", c.Value.GetProperty("status").GetString()));
        Assert.Equal("0 outbox rows due (limit 10000)", checks.GetProperty("outbox").GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_failing_readiness_check_makes_readyz_503_while_healthz_stays_200()
    {
        await using var host = await BotHost.StartAsync(configure: builder =>
            builder.Services.AddHealthChecks().AddCheck("broken", () => HealthCheckResult.Unhealthy("down for the test")));

        using var live = await host.Http.GetAsync("healthz");
        using var ready = await host.Http.GetAsync("readyz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("down for the test", body.RootElement.GetProperty("checks").GetProperty("broken").GetProperty("description").GetString());
    }
}
