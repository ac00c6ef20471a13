using OpenTelemetry.Exporter;

namespace EngageBot.Bot.Telemetry;

/// <summary>Metrics and traces (<c>Telemetry:…</c>).</summary>
public sealed class TelemetryOptions
{
    /// <summary>
    /// Off: no meters are collected, <c>/metrics</c> is not served and nothing is pushed. For a host where another
    /// agent collects, and to measure what telemetry costs a turn (bench/README.md).
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Networks (CIDR, e.g. <c>10.0.0.0/8</c>, <c>127.0.0.1/32</c>, <c>::1/128</c>) whose callers may read <c>/metrics</c> without a
    /// staff token: the Prometheus server's. The TCP peer address counts (<c>X-Forwarded-For</c> only from a proxy in <c>Proxy:TrustedNetworks</c>).
    /// </summary>
    public IList<string> MetricsAllowedNetworks { get; } = [];

    /// <summary>An OpenTelemetry collector to push metrics and traces to; none = only the <c>/metrics</c> scrape.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>
    /// <c>Grpc</c> (port 4317) or <c>HttpProtobuf</c> (port 4318: metrics go to <c>v1/metrics</c> and traces to
    /// <c>v1/traces</c> under <see cref="OtlpEndpoint"/>, which is then the collector's base address).
    /// </summary>
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary>The <c>service.name</c> resource attribute in exported telemetry.</summary>
    public string ServiceName { get; set; } = "engagebot";
}
