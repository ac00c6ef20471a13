using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// Reads <c>Authorization: Bearer …</c>: the secret, or a valid conversation token. A missing or malformed
/// header is 401; a token that is forged, expired or a stream credential is 403 (what clients treat as
/// "get a new token"); a token of a member session that has ended (signed out everywhere, deactivated) is 401.
/// </summary>
public sealed class DirectLineAuthenticator(DirectLineTokens tokens, ISessionRevocation sessions)
{
    public async Task<(DirectLineCaller? Caller, IResult? Problem)> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length == scheme.Length)
        {
            return (null, DirectLineErrors.MissingAuthorization());
        }

        var credential = header[scheme.Length..].Trim();
        if (tokens.IsSecret(credential))
        {
            return (new DirectLineCaller(true, null), null);
        }

        var claims = tokens.Validate(credential, out var failure);
        if (claims is null || claims.Kind != DirectLineTokenClaims.ConversationKind)
        {
            return (null, DirectLineErrors.Forbidden(claims is null ? failure : TokenFailure.Invalid));
        }

        return await sessions.IsCurrentAsync(claims, cancellationToken)
            ? (new DirectLineCaller(false, claims), null)
            : (null, DirectLineErrors.SessionEnded());
    }
}
