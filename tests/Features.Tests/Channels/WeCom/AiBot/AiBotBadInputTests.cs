using System.Globalization;
using System.Net;
using EngageBot.Features.Channels.Tencent;
using static EngageBot.Features.Tests.Channels.Tencent.OfficialVectors;

namespace EngageBot.Features.Tests.Channels.WeCom.AiBot;

/// <summary>
/// The robot's callback refuses what WeCom never sends, with a 4xx and no effect: a bad signature, a stale timestamp,
/// a body that is not the documented JSON, a ciphertext for another receiver, a message without its ids. Its URL check
/// answers the decrypted echostr; with no robot Token configured the route is not there.
/// </summary>
public sealed class AiBotBadInputTests
{
    [Fact]
    public async Task Bad_callbacks_get_a_4xx_and_change_nothing()
    {
        await using var wecom = await AiBotChainTests.StartAsync();
        var push = new AiBotPush(wecom.Host.Http);
        var message = AiBotPush.GroupText(push.NewMsgId(), "lisi", "@工会小助手 帮助");

        await ExpectAsync(HttpStatusCode.Forbidden, () => push.PostAsync(message, signature: new string('0', 40)));
        await ExpectAsync(HttpStatusCode.Forbidden, () => push.PostAsync(message, encrypted: new CallbackCipher(WeComAesKey, WeComCorpId).Encrypt(message)));
        var stale = DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        await ExpectAsync(HttpStatusCode.BadRequest, () => push.PostAsync(message, timestamp: stale));
        await ExpectAsync(HttpStatusCode.BadRequest, () => push.PostAsync(message, body: "<xml><Encrypt>not json</Encrypt></xml>"));
        await ExpectAsync(HttpStatusCode.BadRequest, () => push.PostAsync(message, body: """{"encrypt": 42}"""));
        await ExpectAsync(HttpStatusCode.BadRequest, () => push.PostAsync("{\"msgtype\": \"text\", \"text\": "));
        await ExpectAsync(HttpStatusCode.BadRequest, () => push.PostAsync(message.Replace("\"userid\":\"lisi\"", "\"userid\":\"\"", StringComparison.Ordinal)));
        await ExpectAsync(HttpStatusCode.BadRequest, () => push.PostAsync(message, encrypted: "bm90IGJsb2Nrcw=="));
        const string url = "https://qyapi.weixin.qq.com/cgi-bin/aibot/response?response_code=RC";
        await ExpectAsync(HttpStatusCode.BadRequest, () => push.PostAsync(AiBotPush.CardPress(push.NewMsgId(), string.Empty, "{}", "eb-task", url)));
        await ExpectAsync(HttpStatusCode.BadRequest, () => push.PostAsync(AiBotPush.CardPress(push.NewMsgId(), "lisi", string.Empty, "eb-task", url)));
        await ExpectAsync(HttpStatusCode.BadRequest, () => push.PostAsync(AiBotPush.EnterChat(string.Empty, "lisi")));
        await ExpectAsync(HttpStatusCode.BadRequest, () => push.PostAsync("""{"msgtype": "event", "msgid": "m-9", "from": {"userid": "lisi"}, "event": "enter_chat"}"""));
        await ExpectAsync(HttpStatusCode.RequestEntityTooLarge, () => push.PostAsync(message, body: new string(' ', (64 * 1024) + 1)));

        Assert.Equal(0, wecom.Host.Count("wecom_aibot_streams"));
        Assert.Equal(0, wecom.Host.Count("transcript"));
        Assert.Equal(0, wecom.Host.Count("wecom_aibot_responses"));
    }

    [Fact]
    public async Task A_response_url_that_is_not_WeComs_is_never_kept_and_a_press_of_a_foreign_key_runs_nothing()
    {
        await using var wecom = await AiBotChainTests.StartAsync();
        var push = new AiBotPush(wecom.Host.Http);

        Assert.False(string.IsNullOrWhiteSpace(await push.SayAsync(
            AiBotPush.GroupText(push.NewMsgId(), "lisi", "@工会小助手 帮助", responseUrl: "https://attacker.example/cgi-bin/aibot/response?response_code=RC"))));
        using var press = await push.PostAsync(AiBotPush.CardPress(push.NewMsgId(), "lisi", "not-ours", "eb-task", "https://qyapi.weixin.qq.com/x"));

        Assert.Equal(HttpStatusCode.OK, press.StatusCode);
        Assert.Null(await push.AnswerAsync(press));
        Assert.Equal(1, wecom.Host.Count("wecom_aibot_streams"));
        Assert.Equal(0, wecom.Host.Count("wecom_aibot_responses"));
    }

    [Fact]
    public async Task The_url_check_answers_the_decrypted_echostr_and_refuses_a_bad_signature()
    {
        await using var wecom = await AiBotChainTests.StartAsync();
        var echo = new CallbackCipher(WeComAesKey, string.Empty).Encrypt("1616140317555161061");
        var (timestamp, nonce) = ("1409659589", "263014780");
        var signature = CallbackSignature.Compute(AiBotPush.Token, timestamp, nonce, echo);
        var query = $"timestamp={timestamp}&nonce={nonce}&echostr={Uri.EscapeDataString(echo)}";

        Assert.Equal("1616140317555161061", await wecom.Host.Http.GetStringAsync(new Uri($"api/wecom/aibot?msg_signature={signature}&{query}", UriKind.Relative)));
        using var forged = await wecom.Host.Http.GetAsync(new Uri($"api/wecom/aibot?msg_signature={new string('a', 40)}&{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    [Fact]
    public async Task Without_a_robot_token_the_route_is_not_there()
    {
        await using var wecom = await WeComHost.StartAsync();
        using var response = await new AiBotPush(wecom.Host.Http).PostAsync(AiBotPush.GroupText("m-1", "lisi", "@小助手 +1"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task ExpectAsync(HttpStatusCode status, Func<Task<HttpResponseMessage>> send)
    {
        using var response = await send();
        Assert.Equal(status, response.StatusCode);
    }
}
