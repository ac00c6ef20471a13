using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using EngageBot.Bot;

namespace EngageBot.TestKit;

/// <summary>Writes compact JWS tokens the way a channel's token service does (and the ways an attacker would).</summary>
public static class Jwt
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>The claims a Bot Framework channel puts in its token, valid for ten minutes from <paramref name="now"/>.</summary>
    public static JsonObject ChannelClaims(string appId, string serviceUrl, DateTimeOffset now) => new()
    {
        ["serviceurl"] = serviceUrl,
        ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
        ["exp"] = now.AddMinutes(9).ToUnixTimeSeconds(),
        ["iss"] = BotFrameworkIssuer,
        ["aud"] = appId,
    };

    /// <summary>RS256, signed by <paramref name="key"/> under its key id (or <paramref name="keyId"/>).</summary>
    public static string Sign(TestSigningKey key, JsonObject claims, string? keyId = null)
    {
        var signingInput = Encode(Header("RS256", keyId ?? key.KeyId)) + "." + Encode(claims);
        var signature = key.Rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>HS256 keyed with the public key's modulus: the algorithm-confusion forgery.</summary>
    public static string SignHs256(TestSigningKey key, JsonObject claims)
    {
        var signingInput = Encode(Header("HS256", key.KeyId)) + "." + Encode(claims);
        var secret = key.Rsa.ExportParameters(includePrivateParameters: false).Modulus!;
        return signingInput + "." + Base64Url.EncodeToString(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput)));
    }

    /// <summary><c>alg: none</c>, with an empty signature.</summary>
    public static string WithoutSignature(string keyId, JsonObject claims) =>
        Encode(Header("none", keyId)) + "." + Encode(claims) + ".";

    private static JsonObject Header(string alg, string keyId) => new() { ["alg"] = alg, ["kid"] = keyId, ["typ"] = "JWT" };

    private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
