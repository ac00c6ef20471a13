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

    public static string GroupText(string msgId, string userId, string content, string chatId = ChatId, string? responseUrl = null) => new JsonObject
    {
        ["msgid"] = msgId,
        ["aibotid"] = RobotId,
        ["chatid"] = chatId,
        ["chattype"] = "group",
        ["from"] = new JsonObject { ["userid"] = userId },
        ["response_url"] = responseUrl ?? "https://qyapi.weixin.qq.com/cgi-bin/aibot/response?response_code=RESPONSE_CODE",
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

    /// <summary>A press on a template card's button (接收事件 doc 101027: <c>template_card_event</c>), with its response_url.</summary>
    public static string CardPress(string msgId, string userId, string eventKey, string taskId, string responseUrl, string chatId = ChatId) => new JsonObject
    {
        ["msgid"] = msgId,
        ["create_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["aibotid"] = RobotId,
        ["chatid"] = chatId,
        ["chattype"] = "group",
        ["from"] = new JsonObject { ["userid"] = userId },
        ["response_url"] = responseUrl,
        ["msgtype"] = "event",
        ["event"] = new JsonObject
        {
            ["eventtype"] = "template_card_event",
            ["template_card_event"] = new JsonObject { ["card_type"] = "button_interaction", ["event_key"] = eventKey, ["task_id"] = taskId },
        },
    }.ToJsonString();

    /// <summary>A user's first visit of the day to the robot's 1:1 chat (进入会话事件).</summary>
    public static string EnterChat(string msgId, string userId) => new JsonObject
    {
        ["msgid"] = msgId,
        ["create_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["aibotid"] = RobotId,
        ["chattype"] = "single",
        ["from"] = new JsonObject { ["userid"] = userId },
        ["msgtype"] = "event",
        ["event"] = new JsonObject { ["eventtype"] = "enter_chat" },
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
        var reply = await AnswerAsync(response);
        Assert.True(reply is null || reply["msgtype"]!.GetValue<string>() is "stream" or "stream_with_template_card", reply?.ToJsonString());
        return reply?["stream"]!.AsObject();
    }

    /// <summary>The whole decrypted answer (its <c>msgtype</c> and body), its signature checked as WeCom would; null for an empty answer.</summary>
    public async Task<JsonObject?> AnswerAsync(HttpResponseMessage response)
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
        return JsonNode.Parse(_cipher.Decrypt(encrypted))!.AsObject();
    }

    /// <summary>Sends the message and, while its stream is open, WeCom's refreshes, until the stream is finished; its final text.</summary>
    public async Task<string?> SayAsync(string json) => (await SayWholeAsync(json))?["stream"]!["content"]!.GetValue<string>();

    /// <summary>As <see cref="SayAsync"/>, the last whole answer (a card comes as <c>stream_with_template_card</c>).</summary>
    public async Task<JsonObject?> SayWholeAsync(string json)
    {
        using var first = await PostAsync(json);
        var answer = await AnswerAsync(first);
        while (answer is not null && !answer["stream"]!["finish"]!.GetValue<bool>())
        {
            await Task.Delay(50);
            using var refreshed = await PostAsync(StreamRefresh(answer["stream"]!["id"]!.GetValue<string>()));
            answer = await AnswerAsync(refreshed);
        }

        return answer;
    }

}
