using System.Net;
using EngageBot.Infrastructure;
using Microsoft.Extensions.Options;

namespace EngageBot.Bot.Proxy;

/// <summary>Checked at start-up: every trusted proxy network is a CIDR block.</summary>
public sealed class TrustedProxyOptionsValidator : IValidateOptions<TrustedProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, TrustedProxyOptions options)
    {
        var failures = new OptionsFailures();
        foreach (var network in options.TrustedNetworks)
        {
            failures.Check(IPNetwork.TryParse(network, out _),
                $"Proxy:TrustedNetworks: '{network}' is not a network in CIDR form (e.g. 10.0.0.2/32 for the proxy's own address).");
        }

        return failures.Result;
    }
}
