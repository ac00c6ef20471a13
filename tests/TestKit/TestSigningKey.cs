using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using EngageBot.Bot;

namespace EngageBot.TestKit;

/// <summary>An RSA key as a channel's token service holds it: a key id, the channels it is endorsed for, and its JWK.</summary>
public sealed class TestSigningKey(string keyId, params string[] endorsements) : IDisposable
{
    public string KeyId { get; } = keyId;

    public RSA Rsa { get; } = RSA.Create(2048);

    public IReadOnlyList<string> Endorsements { get; } = endorsements;

    /// <summary>The public half as a JWK; <c>endorsements</c> only when the key lists any.</summary>
    public JsonObject ToJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
        };
        if (Endorsements.Count > 0)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => JsonValue.Create(e))]);
        }

        return jwk;
    }

    public void Dispose() => Rsa.Dispose();
}
