using EngageBot.Core.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Staff;

/// <summary>
/// Staff sign-in attempts per client address, on both login routes together (console cookie and bearer token).
/// Shared by every instance when clustered (a password guesser must not get N times the attempts behind N
/// instances); in memory on one. The address is the connection's (behind a reverse proxy, the proxy's).
/// </summary>
public sealed class StaffLoginLimiter(IOptions<StaffOptions> options, RateWindows windows)
{
    private readonly RateLimit _limit = new("staff-login", options.Value.LoginAttemptsPerAddress, options.Value.LoginAddressWindow);

    public ValueTask<RateDecision> TryAcquireAsync(HttpContext http, CancellationToken cancellationToken) =>
        windows.TryAcquireAsync(_limit, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", cancellationToken);
}
