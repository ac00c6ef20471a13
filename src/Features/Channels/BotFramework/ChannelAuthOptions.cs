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

    public bool IsValidIssuer(string issuer) =>
        ValidIssuers.Count == 0 ? issuer == BotFrameworkIssuer : ValidIssuers.Contains(issuer, StringComparer.Ordinal);

    /// <summary>Allowed difference between our clock and the token's nbf/exp.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Signing keys are fetched again at least this often, and on an unknown key id.</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>An unknown key id refreshes the keys at most this often, so forged kids cannot flood the metadata host.</summary>
    public TimeSpan UnknownKeyRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Client-credentials endpoint for the bot's own Connector token; "{tenant}" is replaced by the tenant id.</summary>
    public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";

    /// <summary>Scope asked for in the bot's Connector token.</summary>
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";
}
