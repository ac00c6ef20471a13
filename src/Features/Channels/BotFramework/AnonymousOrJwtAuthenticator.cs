using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// Anonymous mode (no MicrosoftAppId): requests without an Authorization header are accepted as the
/// Emulator and local tools send them; a header that is present is refused, as the Bot Framework SDK does.
/// With an app id, the JWT validator decides.
/// </summary>
public sealed class AnonymousOrJwtAuthenticator(IOptions<BotCredentialsOptions> credentials, JwtChannelValidator jwt) : IChannelAuthenticator
{
    public async Task<ChannelIdentity?> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (credentials.Value.IsAnonymous)
        {
            return string.IsNullOrEmpty(authorizationHeader) ? ChannelIdentity.Anonymous : null;
        }

        const string scheme = "Bearer ";
        if (authorizationHeader is null || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = await jwt.ValidateAsync(authorizationHeader[scheme.Length..].Trim(), cancellationToken);
        return token is null ? null : new ChannelIdentity(false, token);
    }
}
