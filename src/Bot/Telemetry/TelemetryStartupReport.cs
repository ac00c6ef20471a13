using Microsoft.Extensions.Options;

namespace EngageBot.Bot.Telemetry;

/// <summary>Says once at start-up who may read <c>/metrics</c> and where telemetry is pushed.</summary>
public sealed partial class TelemetryStartupReport(IOptions<TelemetryOptions> options, ILogger<TelemetryStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            LogOff(logger);
            return Task.CompletedTask;
        }

        var networks = settings.MetricsAllowedNetworks.Count == 0 ? "(none)" : string.Join(", ", settings.MetricsAllowedNetworks);
        LogMetricsAccess(logger, networks);
        if (settings.OtlpEndpoint is { } endpoint)
        {
            LogOtlp(logger, endpoint, settings.OtlpProtocol);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Metrics at /metrics for staff tokens and these networks without one: {Networks}")]
    private static partial void LogMetricsAccess(ILogger logger, string networks);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Telemetry is off (Telemetry:Enabled = false): no metrics, no /metrics, nothing pushed")]
    private static partial void LogOff(ILogger logger);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Metrics and traces are pushed over OTLP to {Endpoint} ({Protocol})")]
    private static partial void LogOtlp(ILogger logger, Uri endpoint, OpenTelemetry.Exporter.OtlpExportProtocol protocol);
}
