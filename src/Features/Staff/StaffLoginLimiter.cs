using EngageBot.Core.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Staff;

/// <summary>
/// Staff sign-in attempts per client address, on both login routes together (console cookie and bearer token). In
/// memory, per instance; the address is the connection's (behind a reverse proxy, the proxy's).
/// </summary>
public sealed class StaffLoginLimiter(IOptions<StaffOptions> options, TimeProvider clock)
{
    private readonly FixedWindowLimiter _limiter = new(options.Value.LoginAttemptsPerAddress, options.Value.LoginAddressWindow, clock);

    public bool TryAcquire(HttpContext http, out TimeSpan retryAfter) =>
        _limiter.TryAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", out retryAfter);
}
