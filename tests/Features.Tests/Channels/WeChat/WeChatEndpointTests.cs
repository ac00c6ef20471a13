using System.Net;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.Tencent;
using EngageBot.Features.Channels.WeChat;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Channels.WeChat;

public sealed class WeChatEndpointTests
{
    [Fact]
    public async Task The_server_url_check_echoes_echostr_only_with_the_right_signature()
    {
        await using var wechat = await WeChatHost.StartAsync();
        var ts = wechat.Push.Now;
        var good = CallbackSignature.Compute(WeChatPush.Token, ts, "42");

        var ok = await wechat.Host.Http.GetAsync(new Uri($"api/wechat?signature={good}&timestamp={ts}&nonce=42&echostr=e-9527", UriKind.Relative));
        var wrong = await wechat.Host.Http.GetAsync(new Uri($"api/wechat?signature={good}&timestamp={ts}&nonce=43&echostr=e-9527", UriKind.Relative));
        var missing = await wechat.Host.Http.GetAsync(new Uri($"api/wechat?signature={good}&timestamp={ts}&nonce=42", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("e-9527", await ok.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task Help_in_plain_mode_is_answered_with_a_passive_text_reply()
    {
        var probe = new TurnProbe();
        await using var wechat = await WeChatHost.StartAsync(services: s => probe.AddTo(s));

        var reply = await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(wechat.Push.TextXml("o_member_1", "帮助")));

        Assert.NotNull(reply);
        Assert.Equal("o_member_1", reply["ToUserName"]);
        Assert.Equal(WeChatPush.Account, reply["FromUserName"]);
        Assert.Equal("text", reply["MsgType"]);
        Assert.False(string.IsNullOrWhiteSpace(reply["Content"]));
        Assert.Single(probe.Turns);
        Assert.Empty(wechat.Stub.Accepted);
    }

    [Fact]
    public async Task Help_in_safe_mode_is_answered_encrypted_and_signed()
    {
        await using var wechat = await WeChatHost.StartAsync();

        var response = await wechat.Push.SafeAsync(wechat.Push.TextXml("o_member_2", "帮助"));

        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<Content>", raw, StringComparison.Ordinal);
        var reply = await wechat.Push.ReplyAsync(response);
        Assert.NotNull(reply);
        Assert.Equal("o_member_2", reply["ToUserName"]);
        Assert.False(string.IsNullOrWhiteSpace(reply["Content"]));
    }

    [Fact]
    public async Task A_retried_delivery_with_the_same_MsgId_runs_one_turn_and_gets_the_same_passive_reply()
    {
        var probe = new TurnProbe();
        await using var wechat = await WeChatHost.StartAsync(services: s => probe.AddTo(s));
        var xml = wechat.Push.TextXml("o_member_3", "帮助", msgId: "1234567890123456");

        var first = await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(xml));
        var retry = await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(xml));

        // WeChat retries only when the first answer did not reach it: answering "success" now would lose the reply.
        Assert.NotNull(first);
        Assert.NotNull(retry);
        Assert.Equal(first["Content"], retry["Content"]);
        Assert.Single(probe.Turns);
        Assert.Empty(wechat.Stub.Accepted);
        Assert.Equal("1234567890123456", probe.Turns.Single().Id);
    }

    [Fact]
    public async Task A_slow_turn_answers_success_and_replies_through_the_customer_service_api()
    {
        var probe = new TurnProbe();
        await using var wechat = await WeChatHost.StartAsync(TimeSpan.FromMilliseconds(200), s => probe.AddTo(s));

        var answer = await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(wechat.Push.TextXml("o_member_4", TurnProbe.HoldText)));
        Assert.Null(answer);
        Assert.Empty(wechat.Stub.Accepted);

        probe.Release();
        var sent = await wechat.Stub.NextAsync();
        Assert.Equal("custom", sent["api"]!.GetValue<string>());
        Assert.Equal("o_member_4", sent["touser"]!.GetValue<string>());
        Assert.Equal("text", sent["msgtype"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(WeChatApiStub.Text(sent)));
        Assert.Equal(1, wechat.Stub.TokensIssued);
    }

    [Fact]
    public async Task An_expired_or_revoked_token_is_replaced_and_the_message_still_goes_out()
    {
        var probe = new TurnProbe();
        await using var wechat = await WeChatHost.StartAsync(TimeSpan.FromMilliseconds(100), s => probe.AddTo(s));
        probe.Release();
        var api = wechat.Host.Services.GetRequiredService<WeChatApiClient>();
        wechat.Stub.RecordInbound("o_member_5");

        await api.SendTextAsync("o_member_5", "第一条", CancellationToken.None);
        wechat.Stub.ExpireTokens();
        await api.SendTextAsync("o_member_5", "第二条", CancellationToken.None);
        wechat.Stub.RevokeTokens();
        await api.SendTextAsync("o_member_5", "第三条", CancellationToken.None);

        Assert.Equal(["第一条", "第二条", "第三条"], wechat.Stub.Accepted.Select(WeChatApiStub.Text));
        Assert.Equal(3, wechat.Stub.TokensIssued);
    }

    [Fact]
    public async Task The_token_is_fetched_once_and_shared_through_the_database()
    {
        await using var wechat = await WeChatHost.StartAsync();
        var api = wechat.Host.Services.GetRequiredService<WeChatApiClient>();
        wechat.Stub.RecordInbound("o_member_6");

        await Task.WhenAll(Enumerable.Range(0, 5).Select(i => api.SendTextAsync("o_member_6", $"第{i}条", CancellationToken.None)));

        Assert.Equal(1, wechat.Stub.TokensIssued);
        Assert.Equal(1, wechat.Host.Count("tencent_access_tokens"));
        var otherInstance = new AccessTokenCache(wechat.Host.Services.GetRequiredService<AccessTokenStore>(), TimeProvider.System);
        var shared = await otherInstance.GetAsync("wechat:" + WeChatApiStub.AppId, _ => throw new InvalidOperationException("must not fetch"), CancellationToken.None);
        Assert.Equal("stub-token-1", shared);
    }

    [Fact]
    public async Task Outside_the_48_hour_window_the_customer_service_api_refuses_for_good()
    {
        await using var wechat = await WeChatHost.StartAsync();
        var api = wechat.Host.Services.GetRequiredService<WeChatApiClient>();

        var refused = await Assert.ThrowsAsync<TencentApiException>(() => api.SendTextAsync("o_never_wrote", "通知", CancellationToken.None));

        Assert.Equal(45015, refused.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
