using System.Net;
using System.Text;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.Tencent;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Channels.WeChat;

/// <summary>Every kind of bad callback gets a 4xx, runs no turn and writes nothing.</summary>
public sealed class WeChatBadInputTests : IAsyncLifetime
{
    private readonly TurnProbe _probe = new();
    private WeChatHost _wechat = null!;

    public async Task InitializeAsync() =>
        _wechat = await WeChatHost.StartAsync(services: s => _probe.AddTo(s));

    public async Task DisposeAsync() => await _wechat.DisposeAsync();

    [Fact]
    public async Task A_wrong_signature_is_forbidden()
    {
        await AssertRefusedAsync(HttpStatusCode.Forbidden, () => _wechat.Push.PlainAsync(Help(), signature: new string('0', 40)));
    }

    [Fact]
    public async Task A_timestamp_older_than_five_minutes_is_refused()
    {
        var old = (DateTimeOffset.UtcNow - TimeSpan.FromMinutes(6)).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await AssertRefusedAsync(HttpStatusCode.BadRequest, () => _wechat.Push.PlainAsync(Help(), timestamp: old));
    }

    [Fact]
    public async Task Malformed_xml_a_dtd_and_missing_fields_are_refused()
    {
        await AssertRefusedAsync(HttpStatusCode.BadRequest, () => _wechat.Push.PlainAsync("<xml><Content>x</Content>"));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, () => _wechat.Push.PlainAsync(
            "<!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><FromUserName>&e;</FromUserName></xml>"));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, () => _wechat.Push.PlainAsync(
            "<xml><ToUserName>gh</ToUserName><MsgType>text</MsgType><Content>帮助</Content></xml>"));
    }

    [Fact]
    public async Task A_body_over_64_KiB_is_refused_as_too_large()
    {
        var xml = _wechat.Push.TextXml("o_bad", new string('长', 30_000));

        await AssertRefusedAsync(HttpStatusCode.RequestEntityTooLarge, () => _wechat.Push.PlainAsync(xml));
    }

    [Fact]
    public async Task A_ciphertext_for_another_app_is_forbidden()
    {
        await AssertRefusedAsync(HttpStatusCode.Forbidden, () => _wechat.Push.SafeAsync(Help(), receiver: "wx0000000000000000"));
    }

    [Fact]
    public async Task A_wrong_msg_signature_or_an_undecryptable_body_is_refused()
    {
        await AssertRefusedAsync(HttpStatusCode.Forbidden, () => _wechat.Push.SafeAsync(Help(), msgSignature: new string('a', 40)));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, () => _wechat.Push.SafeAsync(Help(), encrypted: Convert.ToBase64String(Encoding.ASCII.GetBytes("not aes at all, 32 bytes long!!!"))));
    }

    private string Help() => _wechat.Push.TextXml("o_bad", "帮助");

    private async Task AssertRefusedAsync(HttpStatusCode expected, Func<Task<HttpResponseMessage>> send)
    {
        var before = (_wechat.Host.Count("transcript"), _wechat.Host.Count("processed_activities"));
        var response = await send();

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(_probe.Turns);
        Assert.Equal(before, (_wechat.Host.Count("transcript"), _wechat.Host.Count("processed_activities")));
        Assert.Empty(_wechat.Stub.Accepted);
    }
}
