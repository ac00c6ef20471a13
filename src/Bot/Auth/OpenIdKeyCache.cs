using System.Text.Json;
using Microsoft.Extensions.Options;

namespace EngageBot.Bot.Auth;

/// <summary>
/// The channel's signing keys, from the OpenID metadata's <c>jwks_uri</c>. Kept for
/// <see cref="ChannelAuthOptions.KeyRefreshInterval"/>, and fetched again when a token names an unknown key
/// id (keys rotate), but no more often than <see cref="ChannelAuthOptions.UnknownKeyRefreshInterval"/>.
/// </summary>
public sealed partial class OpenIdKeyCache(
    HttpClient http,
    IOptions<ChannelAuthOptions> options,
    TimeProvider clock,
    ILogger<OpenIdKeyCache> logger) : IDisposable
{
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private Dictionary<string, SigningKey> _keys = [];
    private DateTimeOffset _fetchedAt = DateTimeOffset.MinValue;

    public async Task<SigningKey?> GetKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var age = clock.GetUtcNow() - _fetchedAt;
        if (_keys.TryGetValue(keyId, out var key) && age < options.Value.KeyRefreshInterval)
        {
            return key;
        }

        // Unknown key id or stale keys: fetch again, unless we just did.
        if (age >= options.Value.UnknownKeyRefreshInterval)
        {
            await RefreshAsync(cancellationToken);
        }

        return _keys.GetValueOrDefault(keyId);
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            if (clock.GetUtcNow() - _fetchedAt < options.Value.UnknownKeyRefreshInterval)
            {
                return; // another caller refreshed while we waited
            }

            using var metadata = JsonDocument.Parse(await http.GetStringAsync(options.Value.OpenIdMetadataUrl, cancellationToken));
            var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()
                ?? throw new JsonException("OpenID metadata has no jwks_uri.");
            using var jwks = JsonDocument.Parse(await http.GetStringAsync(new Uri(jwksUri), cancellationToken));
            _keys = ParseKeys(jwks.RootElement);
            _fetchedAt = clock.GetUtcNow();
            LogRefreshed(logger, _keys.Count);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException or TaskCanceledException)
        {
            // Keep the keys we had: a metadata outage must not lock out channels whose keys we know.
            LogRefreshFailed(logger, ex);
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    public void Dispose() => _refreshGate.Dispose();

    private static Dictionary<string, SigningKey> ParseKeys(JsonElement jwks)
    {
        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        foreach (var jwk in jwks.GetProperty("keys").EnumerateArray())
        {
            if (jwk.TryGetProperty("kty", out var kty) && kty.GetString() == "RSA"
                && jwk.TryGetProperty("kid", out var kid) && kid.GetString() is { } id
                && jwk.TryGetProperty("n", out var n) && jwk.TryGetProperty("e", out var e))
            {
                var endorsements = jwk.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array
                    ? list.EnumerateArray().Select(x => x.GetString()).OfType<string>().ToList()
                    : [];
                keys[id] = new SigningKey(id, new System.Security.Cryptography.RSAParameters
                {
                    Modulus = System.Buffers.Text.Base64Url.DecodeFromChars(n.GetString()),
                    Exponent = System.Buffers.Text.Base64Url.DecodeFromChars(e.GetString()),
                }, endorsements);
            }
        }

        return keys;
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Fetched {Count} channel signing keys")]
    private static partial void LogRefreshed(ILogger logger, int count);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Could not fetch channel signing keys; keeping the ones already known")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
