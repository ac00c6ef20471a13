using EngageBot.Core.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Members.SignIn;

/// <summary>
/// Sign-in calls per client address (code requests and code checks together), shared by every instance when
/// clustered (SMS sends and code guesses must not multiply by the instances); in memory on one. The address is
/// the connection's: behind a reverse proxy that is the proxy's, for every member (forwarded headers are not read).
/// </summary>
public sealed class SignInAddressLimiter(IOptions<MemberSignInOptions> options, RateWindows windows)
{
    private readonly RateLimit _limit = new("member-sign-in", options.Value.AttemptsPerAddress, options.Value.AddressWindow);

    public ValueTask<RateDecision> TryAcquireAsync(HttpContext http, CancellationToken cancellationToken) =>
        windows.TryAcquireAsync(_limit, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", cancellationToken);
}
