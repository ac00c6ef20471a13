using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// The channel's signing keys, from the OpenID metadata's <c>jwks_uri</c>. Kept for
/// <see cref="ChannelAuthOptions.KeyRefreshInterval"/>, and fetched again when a token names an unknown key
/// id (keys rotate), but no more often than <see cref="ChannelAuthOptions.UnknownKeyRefreshInterval"/>, failed
/// fetches included, so forged key ids cannot flood the metadata host. A singleton: one cache per process.
/// </summary>
public sealed partial class OpenIdKeyCache(
    IHttpClientFactory httpFactory,
    IOptions<ChannelAuthOptions> options,
    TimeProvider clock,
    ILogger<OpenIdKeyCache> logger) : IDisposable
{
    public const string HttpClientName = "channel-auth-keys";

    private readonly SemaphoreSlim _refreshGate = new(1, 1);

    // Replaced whole, never mutated, so readers need no lock.
    private volatile KeySet _current = new(new Dictionary<string, SigningKey>(StringComparer.Ordinal), DateTimeOffset.MinValue, DateTimeOffset.MinValue);

    public async Task<SigningKey?> GetKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var current = _current;
        var now = clock.GetUtcNow();
        if (current.Keys.TryGetValue(keyId, out var key) && now - current.FetchedAt < options.Value.KeyRefreshInterval)
        {
            return key;
        }

        // Unknown key id or stale keys: fetch again, unless we just tried.
        if (now - current.TriedAt >= options.Value.UnknownKeyRefreshInterval)
        {
            await RefreshAsync(cancellationToken);
        }

        return _current.Keys.GetValueOrDefault(keyId);
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            var current = _current;
            var now = clock.GetUtcNow();
            if (now - current.TriedAt < options.Value.UnknownKeyRefreshInterval)
            {
                return; // another caller refreshed while we waited
            }

            _current = current with { TriedAt = now };
            var keys = await FetchAsync(cancellationToken);
            _current = new KeySet(keys, now, now);
            LogRefreshed(logger, keys.Count);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException
            or FormatException or TaskCanceledException)
        {
            // Keep the keys we had: a metadata outage must not lock out channels whose keys we know.
            LogRefreshFailed(logger, ex);
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private async Task<Dictionary<string, SigningKey>> FetchAsync(CancellationToken cancellationToken)
    {
        using var http = httpFactory.CreateClient(HttpClientName);
        using var metadata = JsonDocument.Parse(await http.GetStringAsync(options.Value.OpenIdMetadataUrl, cancellationToken));
        var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()
            ?? throw new JsonException("OpenID metadata has no jwks_uri.");
        using var jwks = JsonDocument.Parse(await http.GetStringAsync(new Uri(jwksUri), cancellationToken));
        return ParseKeys(jwks.RootElement);
    }

    public void Dispose() => _refreshGate.Dispose();

    /// <summary>The RSA keys of a JWKS; entries that are not usable RSA keys are skipped.</summary>
    private static Dictionary<string, SigningKey> ParseKeys(JsonElement jwks)
    {
        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        foreach (var jwk in jwks.GetProperty("keys").EnumerateArray())
        {
            if (jwk.ValueKind == JsonValueKind.Object
                && Text(jwk, "kty") == "RSA" && Text(jwk, "kid") is { } id
                && Text(jwk, "n") is { } n && Text(jwk, "e") is { } e
                && Base64Url.IsValid(n) && Base64Url.IsValid(e))
            {
                var endorsements = jwk.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array
                    ? list.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                    : [];
                keys[id] = new SigningKey(id, new RSAParameters
                {
                    Modulus = Base64Url.DecodeFromChars(n),
                    Exponent = Base64Url.DecodeFromChars(e),
                }, endorsements);
            }
        }

        return keys;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record KeySet(IReadOnlyDictionary<string, SigningKey> Keys, DateTimeOffset FetchedAt, DateTimeOffset TriedAt);

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Fetched {Count} channel signing keys")]
    private static partial void LogRefreshed(ILogger logger, int count);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Could not fetch channel signing keys; keeping the ones already known")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
