using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// The bot's Connector token from Entra ID through MSAL (client secret, certificate or managed identity), kept
/// until five minutes before it expires. With no app id configured there is no token (anonymous mode). A
/// singleton: the whole process shares one token, and a reply reads it without touching MSAL.
/// </summary>
public sealed class MsalBotTokenProvider(
    IHttpClientFactory httpFactory,
    IOptions<BotCredentialsOptions> credentials,
    IOptions<ChannelAuthOptions> options,
    TimeProvider clock) : IBotTokenProvider, IDisposable
{
    public const string HttpClientName = "bot-token";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CachedToken? _cached;
    private BotTokenClient? _client;
    private bool _distrustCache;

    public void Dispose() => _gate.Dispose();

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (credentials.Value.IsAnonymous)
        {
            return null;
        }

        if (_cached is { } hit && clock.GetUtcNow() < hit.RefreshAt)
        {
            return hit.Token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } fresh && clock.GetUtcNow() < fresh.RefreshAt)
            {
                return fresh.Token;
            }

            _client ??= BotTokenClient.Create(credentials.Value, options.Value, new MsalHttpClients(httpFactory, HttpClientName));
            var result = await AcquireAsync(_client, forceRefresh: _cached is not null || _distrustCache, cancellationToken);
            if (string.IsNullOrEmpty(result.AccessToken))
            {
                _distrustCache = true; // MSAL may have cached the empty answer: ask the endpoint again next time
                throw new HttpRequestException("The token endpoint returned no access_token.");
            }

            _distrustCache = false;
            var lifetime = result.ExpiresOn - DateTimeOffset.UtcNow; // MSAL's clock is the real one; ours may be a test's
            lifetime = lifetime < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : lifetime;
            var refreshAt = clock.GetUtcNow() + (lifetime > RefreshMargin * 2 ? lifetime - RefreshMargin : lifetime / 2);
            _cached = new CachedToken(result.AccessToken, refreshAt);
            return result.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// MSAL's failures as the Connector sender already understands them: the endpoint refusing the credential (4xx
    /// other than 429) is permanent, anything else (outage, 5xx, an answer that is no token) transient.
    /// </summary>
    private static async Task<AuthenticationResult> AcquireAsync(BotTokenClient client, bool forceRefresh, CancellationToken cancellationToken)
    {
        try
        {
            return await client.AcquireAsync(forceRefresh, cancellationToken);
        }
        catch (MsalServiceException ex) when (ex.StatusCode is >= 400 and < 500 and not 429)
        {
            throw new HttpRequestException($"The token endpoint refused the bot's credential ({ex.ErrorCode}).", ex, (System.Net.HttpStatusCode)ex.StatusCode);
        }
        catch (MsalException ex)
        {
            throw new HttpRequestException($"No token from the token endpoint ({ex.ErrorCode}).", ex);
        }
        catch (System.Text.Json.JsonException ex)
        {
            // MSAL lets a 200 answer that is not JSON (a proxy's error page) escape as it is.
            throw new HttpRequestException("The token endpoint answered with something that is not a token response.", ex);
        }
    }
}

internal sealed record CachedToken(string Token, DateTimeOffset RefreshAt);
