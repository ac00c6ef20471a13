using System.Net;
using EngageBot.Infrastructure;
using Microsoft.Extensions.Options;

namespace EngageBot.Bot.Telemetry;

/// <summary>Checked at start-up: every allowed network is a CIDR block, the collector an absolute http(s) URL.</summary>
public sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var failures = new OptionsFailures();
        foreach (var network in options.MetricsAllowedNetworks)
        {
            failures.Check(IPNetwork.TryParse(network, out _),
                $"Telemetry:MetricsAllowedNetworks: '{network}' is not a network in CIDR form (e.g. 10.0.0.0/8, 192.168.1.20/32, ::1/128).");
        }

        return failures
            .Check(options.OtlpEndpoint is null || (options.OtlpEndpoint.IsAbsoluteUri && options.OtlpEndpoint.Scheme is "http" or "https"),
                "Telemetry:OtlpEndpoint must be an absolute http(s) URL of an OpenTelemetry collector (e.g. http://otel-collector:4317), or empty.")
            .Check(!string.IsNullOrWhiteSpace(options.ServiceName), "Telemetry:ServiceName must not be empty.")
            .Result;
    }
}
