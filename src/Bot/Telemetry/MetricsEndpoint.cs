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
        if (!TelemetryModule.Read(app.ServiceProvider.GetRequiredService<IConfiguration>()).Enabled)
        {
            return app;
        }

        // Resolved per request, not here: the options are validated at start-up, after the endpoints are mapped.
        app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, optionsName: null, configureBranchedPipeline: branch =>
            branch.Use((HttpContext context, RequestDelegate next) => context.RequestServices.GetRequiredService<MetricsAccess>().InvokeAsync(context, next)));
        return app;
    }
}
