using EngageBot.Features.Channels.Tencent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom;

/// <summary>
/// Verifies what arrives at <c>/api/wecom/callback</c>: msg_signature over token, timestamp, nonce and the
/// ciphertext (the <c>echostr</c> for the URL check, the <c>Encrypt</c> element for messages), then decrypts
/// with the CorpID as receiver.
/// </summary>
public sealed class WeComCallback(IOptions<WeComOptions> options, TimeProvider clock) : ICallbackVerifier
{
    private readonly CallbackCipher? _cipher = options.Value.Enabled && CallbackCipher.IsValidKey(options.Value.EncodingAesKey)
        ? new CallbackCipher(options.Value.EncodingAesKey, options.Value.CorpId)
        : null;

    /// <summary>The decrypted <c>echostr</c> that answers a valid URL check.</summary>
    public string VerifyUrl(IQueryCollection query)
    {
        var (timestamp, nonce) = (CallbackBody.Required(query, "timestamp"), CallbackBody.Required(query, "nonce"));
        var echo = CallbackBody.Required(query, "echostr");
        CallbackSignature.Verify(query["msg_signature"], options.Value.Token, timestamp, nonce, echo);
        return Cipher.Decrypt(echo);
    }

    public async Task<CallbackFields> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var (timestamp, nonce) = (CallbackBody.Required(query, "timestamp"), CallbackBody.Required(query, "nonce"));
        var signature = CallbackBody.Required(query, "msg_signature");
        CallbackBody.CheckFresh(timestamp, clock, options.Value.MaxClockSkew);
        var envelope = CallbackXml.Parse(await CallbackBody.ReadAsync(request, cancellationToken));
        var encrypted = envelope.Required("Encrypt");
        CallbackSignature.Verify(signature, options.Value.Token, timestamp, nonce, encrypted);
        return CallbackXml.Parse(Cipher.Decrypt(encrypted));
    }

    private CallbackCipher Cipher => _cipher ?? throw new CallbackRejectedException(CallbackRejection.NotConfigured);
}
