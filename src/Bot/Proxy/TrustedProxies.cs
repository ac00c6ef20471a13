using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace EngageBot.Bot.Proxy;

/// <summary>
/// Reads the forwarded headers of trusted proxies only. Without it, behind a TLS proxy every link the service builds
/// would say http://internal-host (mixed content for the member page's stream, OAuth callbacks refused by Tencent),
/// and every member would share the proxy's address in the per-address limits.
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<TrustedProxyOptions>().BindConfiguration("Proxy").ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrustedProxyOptions>, TrustedProxyOptionsValidator>();
        return services;
    }

    /// <summary>First in the pipeline, so everything after it sees the member's scheme, host and address.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        var trusted = app.Services.GetRequiredService<IOptions<TrustedProxyOptions>>().Value.TrustedNetworks;
        if (trusted.Count == 0)
        {
            return app;
        }

        var forwarded = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
            // A chain of proxies (a CDN, then nginx) is walked from the right while each hop is trusted.
            ForwardLimit = null,
        };
        forwarded.KnownProxies.Clear(); // the defaults trust loopback; only the configured networks count
        forwarded.KnownIPNetworks.Clear();
        foreach (var network in trusted)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        app.UseForwardedHeaders(forwarded);
        return app;
    }
}
