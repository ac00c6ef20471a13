using System.Net;
using EngageBot.Core.Turns;
using EngageBot.Features.Tests.Channels.WeChat;
using Microsoft.Extensions.DependencyInjection;
using static EngageBot.Features.Tests.Channels.Tencent.OfficialVectors;

namespace EngageBot.Features.Tests.Channels.WeCom;

public sealed class WeComCallbackTests
{
    [Fact]
    public async Task The_official_url_check_sample_is_answered_with_its_published_plaintext()
    {
        await using var wecom = await WeComHost.StartAsync();

        var response = await wecom.Host.Http.GetAsync(new Uri(
            $"api/wecom/callback?msg_signature={VerifySignature}&timestamp={VerifyTimestamp}&nonce={VerifyNonce}&echostr={Uri.EscapeDataString(VerifyEchoStr)}",
            UriKind.Relative));
        var tampered = await wecom.Host.Http.GetAsync(new Uri(
            $"api/wecom/callback?msg_signature={VerifySignature}&timestamp={VerifyTimestamp}&nonce=1&echostr={Uri.EscapeDataString(VerifyEchoStr)}",
            UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(VerifyEchoPlain, await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
    }

    [Fact]
    public async Task A_text_message_runs_a_turn_whose_reply_goes_through_message_send()
    {
        var probe = new TurnProbe();
        await using var wecom = await WeComHost.StartAsync(s => probe.AddTo(s));

        var response = await wecom.Push.PostAsync(wecom.Push.TextXml("zhangsan", "帮助"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = await wecom.Stub.NextAsync();
        Assert.Equal("zhangsan", sent["touser"]!.GetValue<string>());
        Assert.Equal(WeComApiStub.AgentId, sent["agentid"]!.GetValue<int>());
        Assert.Equal("text", sent["msgtype"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(sent["text"]!["content"]!.GetValue<string>()));
        Assert.Equal("帮助", Assert.Single(probe.Turns).Text);
    }

    [Fact]
    public async Task The_official_sample_message_is_refused_because_its_timestamp_is_years_old()
    {
        var probe = new TurnProbe();
        await using var wecom = await WeComHost.StartAsync(s => probe.AddTo(s));

        var response = await wecom.Push.PostAsync(MessagePlain, MessageTimestamp, MessageSignature, MessageEncrypt);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(probe.Turns);
    }

    [Fact]
    public async Task A_wrong_signature_a_foreign_corp_or_garbage_is_refused_and_runs_nothing()
    {
        var probe = new TurnProbe();
        await using var wecom = await WeComHost.StartAsync(s => probe.AddTo(s));
        var xml = wecom.Push.TextXml("lisi", "帮助");
        var foreign = new EngageBot.Features.Channels.Tencent.CallbackCipher(WeComAesKey, "ww0000000000000000").Encrypt(xml);

        Assert.Equal(HttpStatusCode.Forbidden, (await wecom.Push.PostAsync(xml, signature: new string('1', 40))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await wecom.Push.PostAsync(xml, encrypted: foreign)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await wecom.Push.PostAsync(xml, encrypted: "AAAA")).StatusCode);

        Assert.Empty(probe.Turns);
        Assert.Empty(wecom.Stub.Accepted);
        Assert.Equal(0, wecom.Host.Count("processed_activities"));
    }
}
