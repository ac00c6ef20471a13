using System.Globalization;
using System.Text;
using EngageBot.Features.Channels.Tencent;

namespace EngageBot.Features.Tests.Channels.WeChat;

/// <summary>
/// The WeChat platform's side of a callback: builds signed (and in safe mode encrypted) pushes to <c>/api/wechat</c>
/// exactly as the 公众号 documentation shows them, and reads the passive reply back.
/// </summary>
public sealed class WeChatPush(HttpClient http, WeChatApiStub stub, TimeProvider clock)
{
    public const string Token = "engagebot-wechat-token";
    public const string AesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    public const string Account = "gh_10f6c3c3ac5a";

    private readonly CallbackCipher _cipher = new(AesKey, WeChatApiStub.AppId);
    private long _msgId = 6054768590064713728;

    public static Dictionary<string, string?> Settings(string apiBaseUrl, TimeSpan? window = null) => new()
    {
        ["WeChat:AppId"] = WeChatApiStub.AppId,
        ["WeChat:AppSecret"] = WeChatApiStub.AppSecret,
        ["WeChat:Token"] = Token,
        ["WeChat:EncodingAESKey"] = AesKey,
        ["WeChat:ApiBaseUrl"] = apiBaseUrl,
        ["WeChat:PassiveReplyWindow"] = (window ?? TimeSpan.FromSeconds(4)).ToString("c", CultureInfo.InvariantCulture),
        ["WeChat:SignInUrl"] = "https://union.example.cn/",
    };

    public string Now => clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public string NextMsgId() => Interlocked.Increment(ref _msgId).ToString(CultureInfo.InvariantCulture);

    public string TextXml(string openId, string content, string? msgId = null, string? createTime = null) =>
        $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName>" +
        $"<CreateTime>{createTime ?? Now}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{content}]]></Content>" +
        $"<MsgId>{msgId ?? NextMsgId()}</MsgId></xml>";

    public string EventXml(string openId, string @event, string? eventKey = null, string? createTime = null) =>
        $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName>" +
        $"<CreateTime>{createTime ?? Now}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{@event}]]></Event>" +
        (eventKey is null ? string.Empty : $"<EventKey><![CDATA[{eventKey}]]></EventKey>") + "</xml>";

    /// <summary>Pushes <paramref name="xml"/> in plain mode, signed with the token (or the given signature).</summary>
    public Task<HttpResponseMessage> PlainAsync(string xml, string? timestamp = null, string? signature = null)
    {
        RecordInbound(xml);
        var (ts, nonce) = (timestamp ?? Now, "1320562132");
        signature ??= CallbackSignature.Compute(Token, ts, nonce);
        return http.PostAsync(new Uri($"api/wechat?signature={signature}&timestamp={ts}&nonce={nonce}&openid=o", UriKind.Relative), Xml(xml));
    }

    /// <summary>Pushes <paramref name="xml"/> in safe mode: encrypted for <paramref name="receiver"/>, with msg_signature.</summary>
    public Task<HttpResponseMessage> SafeAsync(string xml, string? receiver = null, string? msgSignature = null, string? encrypted = null)
    {
        RecordInbound(xml);
        var (ts, nonce) = (Now, "1320562132");
        encrypted ??= (receiver is null ? _cipher : new CallbackCipher(AesKey, receiver)).Encrypt(xml);
        msgSignature ??= CallbackSignature.Compute(Token, ts, nonce, encrypted);
        var signature = CallbackSignature.Compute(Token, ts, nonce);
        var body = $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>";
        return http.PostAsync(
            new Uri($"api/wechat?signature={signature}&timestamp={ts}&nonce={nonce}&openid=o&encrypt_type=aes&msg_signature={msgSignature}", UriKind.Relative),
            Xml(body));
    }

    /// <summary>The passive reply's fields (decrypted and signature-checked in safe mode), or null for "success".</summary>
    public async Task<CallbackFields?> ReplyAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (body == "success")
        {
            return null;
        }

        var fields = CallbackXml.Parse(body);
        if (fields["Encrypt"] is not { } encrypted)
        {
            return fields;
        }

        Assert.True(CallbackSignature.Matches(fields["MsgSignature"], Token, fields["TimeStamp"]!, fields["Nonce"]!, encrypted));
        return CallbackXml.Parse(_cipher.Decrypt(encrypted));
    }

    private void RecordInbound(string xml)
    {
        // Malformed pushes (bad-input tests) never reach WeChat's own records either.
        var openId = System.Text.RegularExpressions.Regex.Match(xml, @"<FromUserName><!\[CDATA\[([^\]]+)\]\]>").Groups[1].Value;
        if (openId.Length > 0)
        {
            stub.RecordInbound(openId);
        }
    }

    private static StringContent Xml(string xml) => new(xml, Encoding.UTF8, "text/xml");
}
