using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// Gets the bot's Connector token by OAuth client credentials and keeps it until five minutes before it
/// expires. With no app id configured there is no token (anonymous mode). A singleton, so the whole process
/// shares one token.
/// </summary>
public sealed class ClientCredentialsTokenProvider(
    IHttpClientFactory httpFactory,
    IOptions<BotCredentialsOptions> credentials,
    IOptions<ChannelAuthOptions> options,
    TimeProvider clock) : IBotTokenProvider, IDisposable
{
    public const string HttpClientName = "bot-token";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CachedToken? _cached;

    public void Dispose() => _gate.Dispose();

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var creds = credentials.Value;
        if (creds.IsAnonymous)
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

            var tenant = string.IsNullOrWhiteSpace(creds.MicrosoftAppTenantId) ? "botframework.com" : creds.MicrosoftAppTenantId;
            var endpoint = options.Value.TokenEndpoint.Replace("{tenant}", Uri.EscapeDataString(tenant), StringComparison.Ordinal);
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = creds.MicrosoftAppId!,
                ["client_secret"] = creds.MicrosoftAppPassword ?? string.Empty,
                ["scope"] = options.Value.TokenScope,
            });
            using var http = httpFactory.CreateClient(HttpClientName);
            using var response = await http.PostAsync(new Uri(endpoint), form, cancellationToken);
            response.EnsureSuccessStatusCode();
            var token = await ReadTokenAsync(response, cancellationToken);
            var lifetime = TimeSpan.FromSeconds(Math.Max(token.ExpiresIn, 60));
            var refreshAt = clock.GetUtcNow() + (lifetime > RefreshMargin * 2 ? lifetime - RefreshMargin : lifetime / 2);
            _cached = new CachedToken(token.AccessToken, refreshAt);
            return token.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The token in a 2xx answer; anything else is the endpoint failing, reported as such.</summary>
    private static async Task<TokenResponse> ReadTokenAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        TokenResponse? token;
        try
        {
            token = await response.Content.ReadFromJsonAsync(TokenJson.Default.TokenResponse, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new HttpRequestException("The token endpoint answered with something that is not a token response.", ex);
        }

        return token is { AccessToken.Length: > 0 } ? token
            : throw new HttpRequestException("The token endpoint returned no access_token.");
    }
}

internal sealed record CachedToken(string Token, DateTimeOffset RefreshAt);

internal sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

// Some token services (ADFS) send expires_in as a string.
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(TokenResponse))]
internal sealed partial class TokenJson : JsonSerializerContext;
