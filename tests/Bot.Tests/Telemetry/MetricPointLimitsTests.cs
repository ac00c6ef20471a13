using System.Diagnostics.Metrics;
using EngageBot.Bot.Telemetry;
using EngageBot.Core.Turns;
using EngageBot.Features.Knowledge;

namespace EngageBot.Bot.Tests.Telemetry;

/// <summary>
/// The service's own and the runtime's instruments hold up to <see cref="MetricPointLimits.Own"/> tag combinations (their
/// points are allocated up front); the meters tagged by route or peer keep OpenTelemetry's default.
/// </summary>
public sealed class MetricPointLimitsTests
{
    [Theory]
    [InlineData(TurnTelemetry.Name)]
    [InlineData(RecognitionMetrics.MeterName)]
    [InlineData("System.Runtime")]
    [InlineData("Microsoft.AspNetCore.Server.Kestrel")]
    public void Own_and_runtime_instruments_get_the_small_limit(string meter)
    {
        using var owner = new Meter(meter);
        var counter = owner.CreateCounter<long>("probe");

        Assert.Equal(MetricPointLimits.Own, MetricPointLimits.For(counter)?.CardinalityLimit);
    }

    [Theory]
    [InlineData("Microsoft.AspNetCore.Hosting")]
    [InlineData("Microsoft.AspNetCore.Routing")]
    [InlineData("System.Net.Http")]
    public void Instruments_tagged_by_route_or_peer_keep_the_default(string meter)
    {
        using var owner = new Meter(meter);
        var histogram = owner.CreateHistogram<double>("probe");

        Assert.Null(MetricPointLimits.For(histogram));
    }
}
