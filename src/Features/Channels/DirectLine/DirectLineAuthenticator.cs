using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// Reads <c>Authorization: Bearer …</c>: the secret, or a valid conversation token. A missing or malformed
/// header is 401; a token that is forged, expired or a stream credential is 403 (what clients treat as
/// "get a new token").
/// </summary>
public sealed class DirectLineAuthenticator(DirectLineTokens tokens)
{
    public DirectLineCaller? Authenticate(HttpRequest request, out IResult? problem)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length == scheme.Length)
        {
            problem = DirectLineErrors.MissingAuthorization();
            return null;
        }

        var credential = header[scheme.Length..].Trim();
        if (tokens.IsSecret(credential))
        {
            problem = null;
            return new DirectLineCaller(true, null);
        }

        var claims = tokens.Validate(credential, out var failure);
        if (claims is null || claims.Kind != DirectLineTokenClaims.ConversationKind)
        {
            problem = DirectLineErrors.Forbidden(claims is null ? failure : TokenFailure.Invalid);
            return null;
        }

        problem = null;
        return new DirectLineCaller(false, claims);
    }
}
