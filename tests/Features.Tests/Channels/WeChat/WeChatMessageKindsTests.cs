using System.Net;
using EngageBot.Features.Channels.WeChat;
using EngageBot.Features.Dialogs;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels.WeChat;

/// <summary>
/// The 公众号's other message kinds through the whole service on Kestrel and the WeChat stub, answered by the real bot:
/// pictures and voice, menu clicks, and following/unfollowing (what happens to the binding and to later notices).
/// </summary>
public sealed class WeChatMessageKindsTests
{
    [Fact]
    public async Task A_picture_and_a_voice_without_recognition_are_told_honestly_that_the_bot_cannot_read_them()
    {
        await using var wechat = await WeChatHost.StartAsync();

        var image = await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(Xml(wechat, "oPic401", "image",
            "<PicUrl><![CDATA[http://mmbiz.qpic.cn/pic.jpg]]></PicUrl><MediaId><![CDATA[media_1]]></MediaId>")));
        var voice = await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(Xml(wechat, "oPic401", "voice",
            "<MediaId><![CDATA[media_2]]></MediaId><Format><![CDATA[amr]]></Format>")));

        Assert.StartsWith(BotTexts.MediaOnly.Zh, image?["Content"], StringComparison.Ordinal);
        Assert.StartsWith(BotTexts.MediaOnly.Zh, voice?["Content"], StringComparison.Ordinal);
        Assert.DoesNotContain("超出了我能回答的范围", image!["Content"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_voice_with_recognition_is_answered_as_the_text_it_says()
    {
        await using var wechat = await WeChatHost.StartAsync();

        var typed = await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(wechat.Push.TextXml("oVoice402", "帮助")));
        var spoken = await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(Xml(wechat, "oVoice403", "voice",
            "<MediaId><![CDATA[media_3]]></MediaId><Format><![CDATA[amr]]></Format><Recognition><![CDATA[帮助]]></Recognition>")));

        Assert.NotNull(typed);
        Assert.Equal(typed["Content"], spoken?["Content"]);
        Assert.Contains("我可以帮您", spoken!["Content"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Menu_clicks_run_their_commands_and_a_link_click_answers_nothing()
    {
        await using var wechat = await WeChatHost.StartAsync();

        // Events are told apart by FromUserName + CreateTime (WeChat's own rule for retries): each click its own second.
        var second = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        string At(int offset) => (second + offset).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var upcoming = await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(wechat.Push.EventXml("oMenu404", "CLICK", WeChatMenu.Activities, At(0))));
        var mine = await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(wechat.Push.EventXml("oMenu404", "CLICK", WeChatMenu.MySignUps, At(1))));
        var unknown = await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(wechat.Push.EventXml("oMenu404", "CLICK", "NO_SUCH_KEY", At(2))));
        var view = await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(wechat.Push.EventXml("oMenu404", "VIEW", "https://union.example.cn/", At(3))));

        Assert.NotNull(upcoming);
        Assert.NotNull(mine);
        Assert.NotEqual(upcoming["Content"], mine["Content"]);
        Assert.Null(unknown);
        Assert.Null(view);
    }

    [Fact]
    public async Task An_unfollowed_follower_gets_nothing_the_report_says_why_and_following_again_restores_notices()
    {
        await using var wechat = await WeChatNoticeTemplateTests.StartAsync();
        var token = (await wechat.Host.SignInMemberAsync("BJ-0410", "孙丽")).GetProperty("sessionToken").GetString()!;
        Assert.Equal(HttpStatusCode.OK, await WeChatBindingTests.BindAsync(wechat, "oGone410", token));
        await WeChatNoticeTemplateTests.WriteOnceAsync(wechat, "oGone410");

        var bye = await wechat.Push.PlainAsync(wechat.Push.EventXml("oGone410", "unsubscribe"));
        Assert.Null(await wechat.Push.ReplyAsync(bye));
        var callsBefore = wechat.Stub.Calls.GetValueOrDefault("oGone410");
        var whileGone = await WeChatNoticeTemplateTests.CreateNoticeAsync(wechat.Host, "周日工会开放日", null, ["engagebot/dl_BJ-0410"], null);

        Assert.Equal("failed:wechat_unsubscribed", await WeChatNoticeTemplateTests.OnlyDeliveryAsync(wechat.Host, whileGone));
        Assert.Equal(callsBefore, wechat.Stub.Calls.GetValueOrDefault("oGone410")); // WeChat was not even asked
        Assert.Equal(1, wechat.Host.Count("channel_member_bindings")); // the binding stays: following again is enough

        Assert.NotNull(await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(wechat.Push.EventXml("oGone410", "subscribe"))));
        var back = await WeChatNoticeTemplateTests.CreateNoticeAsync(wechat.Host, "周日工会开放日改到下午", null, ["engagebot/dl_BJ-0410"], null);

        Assert.Equal("sent:", await WeChatNoticeTemplateTests.OnlyDeliveryAsync(wechat.Host, back));
    }

    [Fact]
    public async Task An_unsubscribe_that_arrives_late_does_not_undo_a_newer_subscribe()
    {
        await using var wechat = await WeChatNoticeTemplateTests.StartAsync();
        await WeChatNoticeTemplateTests.WriteOnceAsync(wechat, "oLate420");
        var now = long.Parse(wechat.Push.Now, System.Globalization.CultureInfo.InvariantCulture);

        await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(wechat.Push.EventXml("oLate420", "subscribe", createTime: now.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(wechat.Push.EventXml("oLate420", "unsubscribe", createTime: (now - 30).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var id = await WeChatNoticeTemplateTests.CreateNoticeAsync(wechat.Host, "工会通知", null, ["wechat/oLate420"], null);

        Assert.Equal("sent:", await WeChatNoticeTemplateTests.OnlyDeliveryAsync(wechat.Host, id));
    }

    private static string Xml(WeChatHost wechat, string openId, string type, string fields) =>
        $"<xml><ToUserName><![CDATA[{WeChatPush.Account}]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName>" +
        $"<CreateTime>{wechat.Push.Now}</CreateTime><MsgType><![CDATA[{type}]]></MsgType>{fields}<MsgId>{wechat.Push.NextMsgId()}</MsgId></xml>";
}
