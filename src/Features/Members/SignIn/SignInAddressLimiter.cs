using EngageBot.Core.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Members.SignIn;

/// <summary>
/// Sign-in calls per client address (code requests and code checks together). The address is the connection's:
/// behind a reverse proxy that is the proxy's, for every member (forwarded headers are not read).
/// </summary>
public sealed class SignInAddressLimiter(IOptions<MemberSignInOptions> options, TimeProvider clock)
{
    private readonly FixedWindowLimiter _limiter = new(options.Value.AttemptsPerAddress, options.Value.AddressWindow, clock);

    public bool TryAcquire(HttpContext http, out TimeSpan retryAfter) =>
        _limiter.TryAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", out retryAfter);
}
