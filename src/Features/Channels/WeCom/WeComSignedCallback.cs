using EngageBot.Features.Channels.Tencent;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Channels.WeCom;

/// <summary>
/// WeCom's callback scheme (回调和回复的加解密方案), shared by the self-built app and the intelligent robot:
/// msg_signature over token, timestamp, nonce and the ciphertext; AES with the EncodingAESKey and a receive id. Only
/// the envelope carrying the ciphertext differs (the app's XML <c>Encrypt</c>, the robot's JSON <c>encrypt</c>).
/// </summary>
public sealed class WeComSignedCallback(string token, CallbackCipher? cipher, TimeSpan maxClockSkew, TimeProvider clock)
{
    /// <summary>The cipher of a configured callback (a key that is not a valid EncodingAESKey leaves the callback off).</summary>
    public static CallbackCipher? CipherFor(bool enabled, string encodingAesKey, string receiveId) =>
        enabled && CallbackCipher.IsValidKey(encodingAesKey) ? new CallbackCipher(encodingAesKey, receiveId) : null;

    public CallbackCipher Cipher => cipher ?? throw new CallbackRejectedException(CallbackRejection.NotConfigured);

    /// <summary>The decrypted <c>echostr</c> that answers a valid URL check.</summary>
    public string VerifyUrl(IQueryCollection query)
    {
        var (timestamp, nonce) = (CallbackBody.Required(query, "timestamp"), CallbackBody.Required(query, "nonce"));
        var echo = CallbackBody.Required(query, "echostr");
        CallbackSignature.Verify(query["msg_signature"], token, timestamp, nonce, echo);
        return Cipher.Decrypt(echo);
    }

    /// <summary>The plaintext of a fresh, correctly signed message whose ciphertext <paramref name="ciphertextOf"/> finds in the body.</summary>
    public async Task<string> OpenAsync(HttpRequest request, Func<string, string> ciphertextOf, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var (timestamp, nonce) = (CallbackBody.Required(query, "timestamp"), CallbackBody.Required(query, "nonce"));
        var signature = CallbackBody.Required(query, "msg_signature");
        CallbackBody.CheckFresh(timestamp, clock, maxClockSkew);
        var encrypted = ciphertextOf(await CallbackBody.ReadAsync(request, cancellationToken));
        CallbackSignature.Verify(signature, token, timestamp, nonce, encrypted);
        return Cipher.Decrypt(encrypted);
    }
}
