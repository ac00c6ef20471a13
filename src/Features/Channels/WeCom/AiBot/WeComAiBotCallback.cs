using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EngageBot.Features.Channels.Tencent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>
/// Verifies what arrives at <c>/api/wecom/aibot</c> (<see cref="WeComSignedCallback"/>): the ciphertext is the body's
/// <c>{"encrypt": …}</c>, decrypted with the robot's receive id (empty). <see cref="Seal"/> encrypts a passive reply the same way.
/// </summary>
public sealed class WeComAiBotCallback(IOptions<WeComAiBotOptions> options, TimeProvider clock) : ICallbackVerifier
{
    private readonly WeComSignedCallback _signed = new(
        options.Value.Token,
        WeComSignedCallback.CipherFor(options.Value.Enabled, options.Value.EncodingAesKey, options.Value.ReceiveId),
        options.Value.MaxClockSkew,
        clock);

    public string VerifyUrl(IQueryCollection query) => _signed.VerifyUrl(query);

    public async Task<AiBotMessage> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        AiBotMessage.Parse(await _signed.OpenAsync(request, Envelope, cancellationToken));

    /// <summary>The encrypted passive reply: <c>{"encrypt", "msgsignature", "timestamp", "nonce"}</c>.</summary>
    public string Seal(JsonObject reply, string nonce)
    {
        var encrypted = _signed.Cipher.Encrypt(reply.ToJsonString());
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["encrypt"] = encrypted,
            ["msgsignature"] = CallbackSignature.Compute(options.Value.Token, timestamp, nonce, encrypted),
            ["timestamp"] = timestamp,
            ["nonce"] = nonce,
        }.ToJsonString();
    }

    private static string Envelope(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 4 });
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("encrypt", out var encrypt) && encrypt.ValueKind == JsonValueKind.String
                && encrypt.GetString() is { Length: > 0 } value
                ? value
                : throw new CallbackRejectedException(CallbackRejection.Missing);
        }
        catch (JsonException ex)
        {
            throw new CallbackRejectedException(CallbackRejection.Malformed, ex);
        }
    }
}
