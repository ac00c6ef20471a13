using EngageBot.Core.Turns;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.Features.SignUps;
using EngageBot.Infrastructure.Sqlite;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace EngageBot.Bot.Telemetry;

/// <summary>
/// The one place OpenTelemetry is wired: the features only define System.Diagnostics.Metrics instruments and the
/// turn's ActivitySource; this subscribes to them and to ASP.NET Core, HttpClient and runtime metrics, serves them
/// at <c>/metrics</c> (see <see cref="MetricsEndpoint"/>) and pushes them over OTLP when a collector is configured.
/// </summary>
public static class TelemetryModule
{
    /// <summary>The features' meters.</summary>
    public static readonly string[] Meters =
        [TurnTelemetry.Name, RecognitionMetrics.MeterName, OutboxMetrics.MeterName, SignUpMetrics.MeterName, NoticeMetrics.MeterName, SqliteMetrics.MeterName];

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration("Telemetry").ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();
        services.AddSingleton<MetricsAccess>();
        services.AddHostedService<TelemetryStartupReport>();

        // Read once here: exporters and instrumentation are services, fixed before the provider is built.
        var settings = Read(configuration);
        if (!settings.Enabled)
        {
            return services;
        }

        var otlp = settings.OtlpEndpoint;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(settings.ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Meters)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddView(MetricPointLimits.For)
                    .AddPrometheusExporter();
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(o => (o.Endpoint, o.Protocol) = (SignalEndpoint(settings, "v1/metrics"), settings.OtlpProtocol));
                }
            })
            .WithTracing(tracing =>
            {
                // Always: the turn's activity exists, so every log line of a turn carries its trace id. Recording
                // requests and Connector calls too costs a little per request, so only when traces go somewhere.
                // AlwaysOn, not the default ParentBased: the request's own activity is not sampled when requests are
                // not traced, and a dropped local parent would drop the turn's activity with it.
                tracing.SetSampler(new AlwaysOnSampler()).AddSource(TurnTelemetry.Name);
                if (otlp is not null)
                {
                    tracing.AddAspNetCoreInstrumentation()
                        .AddHttpClientInstrumentation()
                        .AddOtlpExporter(o => (o.Endpoint, o.Protocol) = (SignalEndpoint(settings, "v1/traces"), settings.OtlpProtocol));
                }
            });
        return services;
    }

    /// <summary>
    /// Where one signal goes. gRPC names the service, not a path, so the collector's address serves both. OTLP/HTTP
    /// has a path per signal, and an endpoint set in code is used as it is: one address for both would send the
    /// traces to the metrics path, so the signal's path goes under the collector's base address, as the
    /// OTEL_EXPORTER_OTLP_ENDPOINT convention does.
    /// </summary>
    private static Uri SignalEndpoint(TelemetryOptions settings, string signalPath) =>
        settings.OtlpProtocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri(new Uri(settings.OtlpEndpoint!.ToString().TrimEnd('/') + "/"), signalPath)
            : settings.OtlpEndpoint!;

    public static TelemetryOptions Read(IConfiguration configuration) =>
        configuration.GetSection("Telemetry").Get<TelemetryOptions>() ?? new TelemetryOptions();
}
