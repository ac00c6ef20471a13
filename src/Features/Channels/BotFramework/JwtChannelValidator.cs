using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// Validates a channel's bearer token as Bot Framework channels issue it: RS256 only, a trusted issuer,
/// a signature by a published key, nbf/exp within the clock skew, audience = our app id, and a
/// <c>serviceurl</c> claim. (ASP.NET's JwtBearer is not in reach here; this is the whole check.)
/// </summary>
public sealed partial class JwtChannelValidator(
    OpenIdKeyCache keys,
    IOptions<BotCredentialsOptions> credentials,
    IOptions<ChannelAuthOptions> options,
    TimeProvider clock,
    ILogger<JwtChannelValidator> logger)
{
    /// <summary>The verified token's claims, or null when it must be refused (the reason is logged, never the token).</summary>
    public async Task<ChannelToken?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return Refuse("not a JWS compact token");
        }

        JsonElement header, payload;
        byte[] signature;
        try
        {
            header = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(parts[0]), AuthJson.Default.JsonElement);
            payload = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(parts[1]), AuthJson.Default.JsonElement);
            signature = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return Refuse("undecodable token");
        }

        if (header.ValueKind != JsonValueKind.Object || payload.ValueKind != JsonValueKind.Object)
        {
            return Refuse("header or payload is not an object");
        }

        if (String(header, "alg") != "RS256")
        {
            return Refuse("algorithm is not RS256");
        }

        if (String(payload, "iss") is not { } issuer || !options.Value.IsValidIssuer(issuer))
        {
            return Refuse("untrusted issuer");
        }

        if (String(header, "kid") is not { } keyId || await keys.GetKeyAsync(keyId, cancellationToken) is not { } key)
        {
            return Refuse("unknown signing key");
        }

        if (!VerifySignature(parts, signature, key))
        {
            return Refuse("bad signature");
        }

        var now = clock.GetUtcNow();
        var skew = options.Value.ClockSkew;
        if (!TryTime(payload, "exp", out var expires) || !TryTime(payload, "nbf", out var notBefore))
        {
            return Refuse("exp or nbf is not a time");
        }

        if (expires is null || now - skew > expires)
        {
            return Refuse("expired");
        }

        if (notBefore is { } validFrom && now + skew < validFrom)
        {
            return Refuse("not yet valid");
        }

        if (credentials.Value.MicrosoftAppId is not { } appId || !Audiences(payload).Contains(appId, StringComparer.Ordinal))
        {
            return Refuse("audience is not this bot");
        }

        if (String(payload, "serviceurl") is not { } serviceUrl)
        {
            return Refuse("no serviceurl claim");
        }

        return new ChannelToken(serviceUrl, key.Endorsements);
    }

    private static bool VerifySignature(string[] parts, byte[] signature, SigningKey key)
    {
        try
        {
            using var rsa = RSA.Create(key.Parameters);
            var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
            return rsa.VerifyData(signed, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            return false; // a published key that is not a usable RSA key verifies nothing
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A NumericDate claim: false when present but not whole seconds in range; null when absent.</summary>
    private static bool TryTime(JsonElement element, string name, out DateTimeOffset? time)
    {
        time = null;
        if (!element.TryGetProperty(name, out var value))
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var seconds)
            || seconds < 0 || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        time = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }

    /// <summary>The <c>aud</c> claim's values: one string or an array of them; anything else names no audience.</summary>
    private static IEnumerable<string> Audiences(JsonElement payload) =>
        !payload.TryGetProperty("aud", out var aud) ? []
        : aud.ValueKind == JsonValueKind.Array ? aud.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!)
        : aud.ValueKind == JsonValueKind.String ? [aud.GetString()!]
        : [];

    private ChannelToken? Refuse(string reason)
    {
        LogRefused(logger, reason);
        return null;
    }

    [LoggerMessage(EventId = 410, Level = LogLevel.Warning, Message = "Refused a channel token: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}

/// <summary>What a verified channel token vouches for.</summary>
public sealed record ChannelToken(string ServiceUrl, IReadOnlyList<string> Endorsements);

[System.Text.Json.Serialization.JsonSerializable(typeof(JsonElement))]
internal sealed partial class AuthJson : System.Text.Json.Serialization.JsonSerializerContext;
