using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace EngageBot.Bot.Auth;

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

        if (String(payload, "iss") is not { } issuer || !options.Value.ValidIssuers.Contains(issuer))
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
        if (Time(payload, "exp") is not { } expires || now > expires + skew)
        {
            return Refuse("expired");
        }

        if (Time(payload, "nbf") is { } notBefore && now < notBefore - skew)
        {
            return Refuse("not yet valid");
        }

        if (!Audiences(payload).Contains(credentials.Value.MicrosoftAppId, StringComparer.Ordinal))
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
        using var rsa = RSA.Create(key.Parameters);
        var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        return rsa.VerifyData(signed, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Time(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.TryGetInt64(out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static IEnumerable<string?> Audiences(JsonElement payload) =>
        !payload.TryGetProperty("aud", out var aud) ? []
        : aud.ValueKind == JsonValueKind.Array ? aud.EnumerateArray().Select(a => a.GetString())
        : [aud.GetString()];

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
