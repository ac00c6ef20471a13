using EngageBot.Features.Channels.DirectLine;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Members;

/// <summary>
/// Reads the member session token (from sign-in) on the member API; null when missing, forged, expired, or no longer
/// current (signed out everywhere, deactivated).
/// </summary>
public sealed class MemberAuthenticator(DirectLineTokens tokens, ISessionRevocation sessions)
{
    public async Task<DirectLineTokenClaims?> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var claims = tokens.Validate(header[scheme.Length..].Trim(), out _);
        return claims is { Kind: DirectLineTokenClaims.MemberKind, SessionVersion: not null } && await sessions.IsCurrentAsync(claims, cancellationToken)
            ? claims
            : null;
    }
}
