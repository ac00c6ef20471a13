using EngageBot.Features.Channels.DirectLine;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Members;

/// <summary>Reads the member session token (from sign-in) on the member API; null when missing, forged or expired.</summary>
public sealed class MemberAuthenticator(DirectLineTokens tokens)
{
    public DirectLineTokenClaims? Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var claims = tokens.Validate(header[scheme.Length..].Trim(), out _);
        return claims?.Kind == DirectLineTokenClaims.MemberKind ? claims : null;
    }
}
