using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// The channel's OpenID metadata and signing keys, kept by IdentityModel's <see cref="ConfigurationManager{T}"/>:
/// fetched on first use, again after <see cref="ChannelAuthOptions.KeyRefreshInterval"/>, and on a token naming an
/// unknown key id, but no more often than <see cref="ChannelAuthOptions.UnknownKeyRefreshInterval"/> (so forged key
/// ids cannot flood the metadata host). A failed fetch keeps the keys already known. A singleton.
/// </summary>
public sealed class ChannelSigningKeys
{
    public const string HttpClientName = "channel-auth-keys";

    // An unknown kid must be answered with the refreshed keys in the same request: IdentityModel's default refreshes
    // in the background and refuses the token that asked. Read once per process by IdentityModel, so set it first.
    static ChannelSigningKeys() => AppContext.SetSwitch("Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking", true);

    private readonly ChannelAuthOptions _options;
    private readonly TimeProvider _clock;
    private readonly Lock _lock = new();
    private DateTimeOffset _refreshedAt;

    public ChannelSigningKeys(IHttpClientFactory httpFactory, IOptions<ChannelAuthOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _refreshedAt = clock.GetUtcNow();
        var metadata = _options.OpenIdMetadataUrl;
        // https everywhere but loopback, where tests and local tools serve the metadata over plain http.
        var retriever = new HttpDocumentRetriever(httpFactory.CreateClient(HttpClientName)) { RequireHttps = !metadata.IsLoopback };
        Manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadata.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = _options.KeyRefreshInterval,
            RefreshInterval = _options.UnknownKeyRefreshInterval,
            // The last-known-good cache would keep accepting a key the channel has withdrawn (for its whole
            // lifetime); the manager already keeps the last good keys when a refresh fails, which is what we want.
            UseLastKnownGoodConfiguration = false,
        };
    }

    /// <summary>What the token handler validates against (it asks for a refresh itself on an unknown key id).</summary>
    public ConfigurationManager<OpenIdConnectConfiguration> Manager { get; }

    /// <summary>
    /// The scheduled refresh, timed by our clock: IdentityModel times its own by the system clock, which a test or
    /// a host with an injected <see cref="TimeProvider"/> cannot move. A failed try is retried by the manager itself.
    /// </summary>
    public void RefreshIfDue()
    {
        var now = _clock.GetUtcNow();
        lock (_lock)
        {
            if (now - _refreshedAt < _options.KeyRefreshInterval)
            {
                return;
            }

            _refreshedAt = now;
        }

        Manager.RequestRefresh();
    }
}
