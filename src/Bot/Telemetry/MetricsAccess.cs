using System.Net;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace EngageBot.Bot.Telemetry;

/// <summary>
/// Who may scrape: a peer address inside an allowed network, or a request with a valid staff bearer token. The
/// TCP peer counts (or the forwarded address, from a trusted proxy only: see TrustedProxies), so an untrusted proxy in
/// front must be allowed itself (or scrape with a token).
/// </summary>
public sealed class MetricsAccess(IOptions<TelemetryOptions> options)
{
    private readonly IPNetwork[] _allowed = [.. options.Value.MetricsAllowedNetworks.Select(n => IPNetwork.Parse(n))];

    public bool IsAllowed(IPAddress? peer)
    {
        if (peer is null)
        {
            return false;
        }

        var address = peer.IsIPv4MappedToIPv6 ? peer.MapToIPv4() : peer;
        foreach (var network in _allowed)
        {
            if (network.Contains(address))
            {
                return true;
            }
        }

        return false;
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (IsAllowed(context.Connection.RemoteIpAddress)
            || (await context.AuthenticateAsync(StaffAuthentication.BearerScheme)).Succeeded)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
    }
}
