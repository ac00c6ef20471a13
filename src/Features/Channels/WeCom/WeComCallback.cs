using EngageBot.Features.Channels.Tencent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom;

/// <summary>
/// Verifies what arrives at <c>/api/wecom/callback</c> (<see cref="WeComSignedCallback"/>): the ciphertext is the
/// <c>Encrypt</c> element of an XML envelope, decrypted with the CorpID as receiver.
/// </summary>
public sealed class WeComCallback(IOptions<WeComOptions> options, TimeProvider clock) : ICallbackVerifier
{
    private readonly WeComSignedCallback _signed = new(
        options.Value.Token,
        WeComSignedCallback.CipherFor(options.Value.Enabled, options.Value.EncodingAesKey, options.Value.CorpId),
        options.Value.MaxClockSkew,
        clock);

    public string VerifyUrl(IQueryCollection query) => _signed.VerifyUrl(query);

    public async Task<CallbackFields> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        CallbackXml.Parse(await _signed.OpenAsync(request, body => CallbackXml.Parse(body).Required("Encrypt"), cancellationToken));
}
