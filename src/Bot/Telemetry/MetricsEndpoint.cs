namespace EngageBot.Bot.Telemetry;

/// <summary>
/// <c>GET /metrics</c>: the Prometheus scrape, for a staff bearer token or a caller on an allowed network
/// (<see cref="TelemetryOptions.MetricsAllowedNetworks"/>); 401 for anyone else, before anything is collected.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        var access = app.ServiceProvider.GetRequiredService<MetricsAccess>();
        app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use(access.InvokeAsync), optionsName: null);
        return app;
    }
}
