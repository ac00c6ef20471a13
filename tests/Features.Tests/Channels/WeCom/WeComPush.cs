using System.Globalization;
using System.Text;
using EngageBot.Features.Channels.Tencent;
using static EngageBot.Features.Tests.Channels.Tencent.OfficialVectors;

namespace EngageBot.Features.Tests.Channels.WeCom;

/// <summary>WeCom's side of a callback: encrypted, msg_signature-signed pushes to <c>/api/wecom/callback</c>.</summary>
public sealed class WeComPush(HttpClient http)
{
    private readonly CallbackCipher _cipher = new(WeComAesKey, WeComCorpId);
    private long _msgId = 4561255354251345929;

    /// <summary>The official sample's Token, EncodingAESKey and CorpID, so its URL check can be replayed as published.</summary>
    public static Dictionary<string, string?> Settings(string apiBaseUrl) => new()
    {
        ["WeCom:CorpId"] = WeComCorpId,
        ["WeCom:AgentId"] = WeComApiStub.AgentId.ToString(CultureInfo.InvariantCulture),
        ["WeCom:Secret"] = WeComApiStub.Secret,
        ["WeCom:Token"] = WeComToken,
        ["WeCom:EncodingAESKey"] = WeComAesKey,
        ["WeCom:ApiBaseUrl"] = apiBaseUrl,
    };

    public static string Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public string TextXml(string userId, string content) =>
        $"<xml><ToUserName><![CDATA[{WeComCorpId}]]></ToUserName><FromUserName><![CDATA[{userId}]]></FromUserName>" +
        $"<CreateTime>{Now}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{content}]]></Content>" +
        $"<MsgId>{Interlocked.Increment(ref _msgId)}</MsgId><AgentID>{WeComApiStub.AgentId}</AgentID></xml>";

    public static string CardEventXml(string userId, string eventKey, string taskId) =>
        $"<xml><ToUserName><![CDATA[{WeComCorpId}]]></ToUserName><FromUserName><![CDATA[{userId}]]></FromUserName>" +
        $"<CreateTime>{Now}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event>" +
        $"<EventKey><![CDATA[{eventKey}]]></EventKey><TaskId><![CDATA[{taskId}]]></TaskId><CardType><![CDATA[button_interaction]]></CardType>" +
        $"<ResponseCode><![CDATA[rc-1]]></ResponseCode><AgentID>{WeComApiStub.AgentId}</AgentID></xml>";

    public Task<HttpResponseMessage> PostAsync(string xml, string? timestamp = null, string? signature = null, string? encrypted = null)
    {
        var (ts, nonce) = (timestamp ?? Now, "1372623149");
        encrypted ??= _cipher.Encrypt(xml);
        signature ??= CallbackSignature.Compute(WeComToken, ts, nonce, encrypted);
        var body = $"<xml><ToUserName><![CDATA[{WeComCorpId}]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt>" +
            $"<AgentID><![CDATA[{WeComApiStub.AgentId}]]></AgentID></xml>";
        return http.PostAsync(
            new Uri($"api/wecom/callback?msg_signature={signature}&timestamp={ts}&nonce={nonce}", UriKind.Relative),
            new StringContent(body, Encoding.UTF8, "text/xml"));
    }
}
