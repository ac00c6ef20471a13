using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EngageBot.Features.Channels.Tencent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>
/// Verifies what arrives at <c>/api/wecom/aibot</c> (回调和回复的加解密方案): msg_signature over token, timestamp, nonce
/// and the ciphertext (the <c>echostr</c> for the URL check, the body's <c>{"encrypt": …}</c> for messages), AES as for
/// every WeCom callback but with the robot's receive id (empty). <see cref="Seal"/> encrypts a passive reply the same way.
/// </summary>
public sealed class WeComAiBotCallback(IOptions<WeComAiBotOptions> options, TimeProvider clock) : ICallbackVerifier
{
    private readonly CallbackCipher? _cipher = options.Value.Enabled && CallbackCipher.IsValidKey(options.Value.EncodingAesKey)
        ? new CallbackCipher(options.Value.EncodingAesKey, options.Value.ReceiveId)
        : null;

    public string VerifyUrl(IQueryCollection query)
    {
        var (timestamp, nonce) = (CallbackBody.Required(query, "timestamp"), CallbackBody.Required(query, "nonce"));
        var echo = CallbackBody.Required(query, "echostr");
        CallbackSignature.Verify(query["msg_signature"], options.Value.Token, timestamp, nonce, echo);
        return Cipher.Decrypt(echo);
    }

    public async Task<AiBotMessage> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var (timestamp, nonce) = (CallbackBody.Required(query, "timestamp"), CallbackBody.Required(query, "nonce"));
        var signature = CallbackBody.Required(query, "msg_signature");
        CallbackBody.CheckFresh(timestamp, clock, options.Value.MaxClockSkew);
        var encrypted = Envelope(await CallbackBody.ReadAsync(request, cancellationToken));
        CallbackSignature.Verify(signature, options.Value.Token, timestamp, nonce, encrypted);
        return AiBotMessage.Parse(Cipher.Decrypt(encrypted));
    }

    /// <summary>The encrypted passive reply: <c>{"encrypt", "msgsignature", "timestamp", "nonce"}</c>.</summary>
    public string Seal(JsonObject reply, string nonce)
    {
        var encrypted = Cipher.Encrypt(reply.ToJsonString());
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

    private CallbackCipher Cipher => _cipher ?? throw new CallbackRejectedException(CallbackRejection.NotConfigured);
}
