namespace EngageBot.Features.Channels.BotFramework;

/// <summary>How channel tokens are checked and bot tokens obtained (<c>ChannelAuth:…</c>).</summary>
public sealed class ChannelAuthOptions
{
    /// <summary>OpenID metadata whose <c>jwks_uri</c> lists the channel's signing keys.</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>The issuer of Bot Framework channel tokens, accepted when <see cref="ValidIssuers"/> is empty.</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>
    /// Accepted <c>iss</c> values of channel tokens; empty means <see cref="BotFrameworkIssuer"/>. (Empty rather
    /// than pre-filled because configuration binding appends to a list: a default in it could never be removed.)
    /// </summary>
    public IList<string> ValidIssuers { get; } = [];

    /// <summary>The issuers a channel token may name: the configured ones, else <see cref="BotFrameworkIssuer"/>.</summary>
    public IReadOnlyList<string> AcceptedIssuers => ValidIssuers.Count == 0 ? [BotFrameworkIssuer] : [.. ValidIssuers];

    /// <summary>Allowed difference between our clock and the token's nbf/exp.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Signing keys are fetched again at least this often, and on an unknown key id.</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>An unknown key id refreshes the keys at most this often, so forged kids cannot flood the metadata host.</summary>
    public TimeSpan UnknownKeyRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The Entra ID authority that issues the bot's own Connector token (MSAL asks its <c>/oauth2/v2.0/token</c>);
    /// "{tenant}" is replaced by <c>MicrosoftAppTenantId</c>, else botframework.com. HTTPS only (MSAL requires it).
    /// </summary>
    public string Authority { get; set; } = "https://login.microsoftonline.com/{tenant}";

    /// <summary>Scope asked for in the bot's Connector token.</summary>
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    public string AuthorityFor(string tenant) => Authority.Replace("{tenant}", Uri.EscapeDataString(tenant), StringComparison.Ordinal);

    /// <summary>True when <see cref="Authority"/> is an absolute https URL (MSAL refuses anything else).</summary>
    public bool HasHttpsAuthority => Uri.TryCreate(AuthorityFor("tenant"), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}
