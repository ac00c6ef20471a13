using EngageBot.Features.Channels.Tencent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>
/// Verifies what arrives at <c>/api/wechat</c>: the URL check (GET) and messages (POST) in plain mode (signature over
/// token, timestamp, nonce) or safe mode (<c>encrypt_type=aes</c>: msg_signature also over the ciphertext, then AES).
/// </summary>
public sealed class WeChatCallback(IOptions<WeChatOptions> options, TimeProvider clock) : ICallbackVerifier
{
    private readonly CallbackCipher? _cipher = CallbackCipher.IsValidKey(options.Value.EncodingAesKey) && options.Value.AppId.Length > 0
        ? new CallbackCipher(options.Value.EncodingAesKey, options.Value.AppId)
        : null;

    /// <summary>The <c>echostr</c> to answer a valid server URL check with.</summary>
    public string VerifyUrl(IQueryCollection query)
    {
        var (timestamp, nonce) = (CallbackBody.Required(query, "timestamp"), CallbackBody.Required(query, "nonce"));
        var echo = CallbackBody.Required(query, "echostr");
        CallbackSignature.Verify(query["signature"], options.Value.Token, timestamp, nonce);
        return echo;
    }

    public async Task<WeChatInbound> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var (timestamp, nonce) = (CallbackBody.Required(query, "timestamp"), CallbackBody.Required(query, "nonce"));
        CallbackSignature.Verify(query["signature"], options.Value.Token, timestamp, nonce);
        CallbackBody.CheckFresh(timestamp, clock, options.Value.MaxClockSkew);
        var body = CallbackXml.Parse(await CallbackBody.ReadAsync(request, cancellationToken));
        if (!string.Equals(query["encrypt_type"], "aes", StringComparison.Ordinal))
        {
            return new WeChatInbound(body, Encrypted: false);
        }

        var cipher = _cipher ?? throw new CallbackRejectedException(CallbackRejection.NotConfigured);
        var encrypted = body.Required("Encrypt");
        CallbackSignature.Verify(query["msg_signature"], options.Value.Token, timestamp, nonce, encrypted);
        return new WeChatInbound(CallbackXml.Parse(cipher.Decrypt(encrypted)), Encrypted: true);
    }

    /// <summary>Wraps a reply for safe mode: <c>Encrypt</c>, <c>MsgSignature</c>, <c>TimeStamp</c>, <c>Nonce</c>.</summary>
    public string Seal(string replyXml, string nonce)
    {
        var cipher = _cipher ?? throw new CallbackRejectedException(CallbackRejection.NotConfigured);
        var encrypted = cipher.Encrypt(replyXml);
        var seconds = clock.GetUtcNow().ToUnixTimeSeconds();
        var timestamp = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return CallbackXml.Write(
        [
            new("Encrypt", encrypted),
            new("MsgSignature", CallbackSignature.Compute(options.Value.Token, timestamp, nonce, encrypted)),
            new("TimeStamp", seconds),
            new("Nonce", nonce),
        ]);
    }
}
