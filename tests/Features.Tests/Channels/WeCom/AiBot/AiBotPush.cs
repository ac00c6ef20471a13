using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EngageBot.Features.Channels.Tencent;
using static EngageBot.Features.Tests.Channels.Tencent.OfficialVectors;

namespace EngageBot.Features.Tests.Channels.WeCom.AiBot;

/// <summary>
/// WeCom's side of the intelligent robot's callback, as documented (接收消息, 回调和回复的加解密方案): the message JSON
/// encrypted with the EncodingAESKey and an empty receive id, posted as <c>{"encrypt": …}</c> with msg_signature over
/// token, timestamp, nonce and ciphertext; the answer decrypted and its signature checked as WeCom would.
/// </summary>
public sealed class AiBotPush(HttpClient http)
{
    public const string Token = "AiBotTok3n";
    public const string RobotId = "AIBOTID-union";
    public const string ChatId = "wrkSFfCgAAunion";
    private readonly CallbackCipher _cipher = new(WeComAesKey, string.Empty);
    private int _msg;

    public static Dictionary<string, string?> Settings() => new()
    {
        ["WeCom:AiBot:Token"] = Token,
        ["WeCom:AiBot:EncodingAESKey"] = WeComAesKey,
        ["WeCom:AiBot:BindUrl"] = "https://union.example.org/api/wecom/oauth/start",
    };

    public static string Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public string NewMsgId() => "CAIQ16HMjQYY/NGagIOAgAM" + Interlocked.Increment(ref _msg).ToString("D4", CultureInfo.InvariantCulture) + "=";

    public static string GroupText(string msgId, string userId, string content, string chatId = ChatId) => new JsonObject
    {
        ["msgid"] = msgId,
        ["aibotid"] = RobotId,
        ["chatid"] = chatId,
        ["chattype"] = "group",
        ["from"] = new JsonObject { ["userid"] = userId },
        ["response_url"] = "https://qyapi.weixin.qq.com/cgi-bin/aibot/response?response_code=RESPONSE_CODE",
        ["msgtype"] = "text",
        ["text"] = new JsonObject { ["content"] = content },
    }.ToJsonString();

    /// <summary>A 1:1 message to the robot: no chatid, <c>chattype</c> single.</summary>
    public static string SingleText(string msgId, string userId, string content) => new JsonObject
    {
        ["msgid"] = msgId,
        ["aibotid"] = RobotId,
        ["chattype"] = "single",
        ["from"] = new JsonObject { ["userid"] = userId },
        ["msgtype"] = "text",
        ["text"] = new JsonObject { ["content"] = content },
    }.ToJsonString();

    public static string StreamRefresh(string streamId) => new JsonObject
    {
        ["msgid"] = "refresh-" + streamId,
        ["aibotid"] = RobotId,
        ["chatid"] = ChatId,
        ["chattype"] = "group",
        ["from"] = new JsonObject { ["userid"] = "anyone" },
        ["msgtype"] = "stream",
        ["stream"] = new JsonObject { ["id"] = streamId },
    }.ToJsonString();

    public Task<HttpResponseMessage> PostAsync(string json, string? signature = null, string? encrypted = null, string? body = null, string? timestamp = null)
    {
        var (ts, nonce) = (timestamp ?? Now, "1372623149");
        encrypted ??= _cipher.Encrypt(json);
        signature ??= CallbackSignature.Compute(Token, ts, nonce, encrypted);
        body ??= new JsonObject { ["encrypt"] = encrypted }.ToJsonString();
        return http.PostAsync(
            new Uri($"api/wecom/aibot?msg_signature={signature}&timestamp={ts}&nonce={nonce}", UriKind.Relative),
            new StringContent(body, Encoding.UTF8, "application/json"));
    }

    /// <summary>The decrypted stream reply (<c>stream.id</c>, <c>finish</c>, <c>content</c>), or null for an empty answer.</summary>
    public async Task<JsonObject?> ReplyAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        if (body.Length == 0)
        {
            return null;
        }

        var sealedReply = JsonNode.Parse(body)!.AsObject();
        var encrypted = sealedReply["encrypt"]!.GetValue<string>();
        Assert.Equal(
            CallbackSignature.Compute(Token, sealedReply["timestamp"]!.GetValue<string>(), sealedReply["nonce"]!.GetValue<string>(), encrypted),
            sealedReply["msgsignature"]!.GetValue<string>());
        var reply = JsonNode.Parse(_cipher.Decrypt(encrypted))!.AsObject();
        Assert.Equal("stream", reply["msgtype"]!.GetValue<string>());
        return reply["stream"]!.AsObject();
    }

    /// <summary>Sends the message and, while its stream is open, WeCom's refreshes, until the stream is finished; its final text.</summary>
    public async Task<string?> SayAsync(string json)
    {
        using var first = await PostAsync(json);
        var stream = await ReplyAsync(first);
        while (stream is not null && !stream["finish"]!.GetValue<bool>())
        {
            await Task.Delay(50);
            using var refreshed = await PostAsync(StreamRefresh(stream["id"]!.GetValue<string>()));
            stream = await ReplyAsync(refreshed);
        }

        return stream?["content"]!.GetValue<string>();
    }

}
