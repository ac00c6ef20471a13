using System.Net;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Tests.Channels.WeChat;

/// <summary>
/// Secrets, openids, phone numbers and message texts never reach a log line: a WeChat conversation (safe mode, a
/// voice message, a slow-path reply), a binding through web authorisation and a notice through a template, with every
/// log line of the service captured at Trace level — message, structured values, scopes and exceptions.
/// </summary>
public sealed class WeChatLogTests
{
    private const string Said = "我想问问困难帮扶怎么申请，我的手机号是13712345678";
    private const string NoticeText = "周末义诊活动报名开始";

    [Fact]
    public async Task A_conversation_a_binding_and_a_notice_leave_no_openid_secret_phone_or_text_in_the_logs()
    {
        var capture = new LogCapture();
        await using var wechat = await WeChatHost.StartAsync(
            services: s => s.AddSingleton<ILoggerProvider>(capture),
            settings: new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace", // request lines (openid=… in the query) stay at Warning: the host pins them
                ["Scheduler:QuietHoursStart"] = "00:00:00",
                ["Scheduler:QuietHoursEnd"] = "00:00:00",
                ["Delivery:PollInterval"] = "00:00:00.100",
                ["WeChat:NoticeTemplateId"] = "tmpl-notice-1",
                ["WeChat:NoticeTemplateField"] = "thing1",
            });
        var host = wechat.Host;

        // A conversation in safe mode, then a voice message, then a follower outside the window gets a notice as a template.
        Assert.NotNull(await wechat.Push.ReplyAsync(await wechat.Push.SafeAsync(wechat.Push.TextXml("oLogSecret501", Said))));
        Assert.NotNull(await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(
            $"<xml><ToUserName><![CDATA[{WeChatPush.Account}]]></ToUserName><FromUserName><![CDATA[oLogSecret501]]></FromUserName>" +
            $"<CreateTime>{wechat.Push.Now}</CreateTime><MsgType><![CDATA[voice]]></MsgType><MediaId><![CDATA[m9]]></MediaId>" +
            $"<Recognition><![CDATA[{Said}]]></Recognition><MsgId>{wechat.Push.NextMsgId()}</MsgId></xml>")));

        // A binding: the member signs in with an SMS code, web authorisation gives the openid.
        var session = await host.SignInMemberAsync("BJ-0501", "钱多多");
        Assert.Equal(HttpStatusCode.OK, await WeChatBindingTests.BindAsync(wechat, "oLogBound502", session.GetProperty("sessionToken").GetString()!));
        await WeChatNoticeTemplateTests.WriteOnceAsync(wechat, "oLogBound502");
        wechat.Stub.Silence("oLogBound502");
        var id = await WeChatNoticeTemplateTests.CreateNoticeAsync(host, NoticeText, null, ["engagebot/dl_BJ-0501"], null);
        Assert.Equal("sent:", await WeChatNoticeTemplateTests.OnlyDeliveryAsync(host, id));
        Assert.Contains(wechat.Stub.Accepted, m => m["api"]!.GetValue<string>() == "template" && m["touser"]!.GetValue<string>() == "oLogBound502");

        var lines = capture.Lines;
        Assert.NotEmpty(lines);
        string[] secrets =
        [
            "oLogSecret501", "oLogBound502", WeChatApiStub.AppSecret, WeChatPush.Token, WeChatPush.AesKey, "stub-token-",
            MemberSignInExtensions.PhoneOf("BJ-0501"), "13712345678", "困难帮扶", NoticeText, session.GetProperty("sessionToken").GetString()!,
        ];
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(lines, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }
}
