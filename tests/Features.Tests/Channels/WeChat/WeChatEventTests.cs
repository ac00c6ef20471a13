using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.WeChat;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Channels.WeChat;

public sealed class WeChatEventTests
{
    [Fact]
    public async Task Subscribing_is_greeted_once_even_when_the_event_is_retried()
    {
        var probe = new TurnProbe();
        await using var wechat = await WeChatHost.StartAsync(services: s => probe.AddTo(s));
        var xml = wechat.Push.EventXml("o_new_follower", "subscribe");

        var welcome = await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(xml));
        var retry = await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(xml));

        Assert.NotNull(welcome);
        Assert.Contains("<a href=\"https://union.example.cn/\">", welcome["Content"], StringComparison.Ordinal);
        Assert.Equal(welcome["Content"], retry?["Content"]); // the retry means the welcome never reached WeChat
        var turn = Assert.Single(probe.Turns);
        Assert.Equal(ActivityTypes.ConversationUpdate, turn.Type);
    }

    [Fact]
    public async Task A_menu_click_runs_the_command_it_stands_for_and_a_view_click_runs_nothing()
    {
        var probe = new TurnProbe();
        await using var wechat = await WeChatHost.StartAsync(services: s => probe.AddTo(s));

        var click = await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(wechat.Push.EventXml("o_clicker", "CLICK", WeChatMenu.MySignUps)));
        var view = await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(wechat.Push.EventXml("o_clicker", "VIEW", "https://union.example.cn/")));

        Assert.NotNull(click);
        Assert.Null(view);
        var turn = Assert.Single(probe.Turns);
        Assert.Equal("我的报名", turn.Text);
    }

    [Fact]
    public async Task A_voice_message_runs_on_its_recognised_text()
    {
        var probe = new TurnProbe();
        await using var wechat = await WeChatHost.StartAsync(services: s => probe.AddTo(s));
        var xml = $"<xml><ToUserName><![CDATA[{WeChatPush.Account}]]></ToUserName><FromUserName><![CDATA[o_speaker]]></FromUserName>" +
            $"<CreateTime>{wechat.Push.Now}</CreateTime><MsgType><![CDATA[voice]]></MsgType><MediaId><![CDATA[m1]]></MediaId>" +
            "<Format><![CDATA[amr]]></Format><Recognition><![CDATA[帮助]]></Recognition><MsgId>777</MsgId></xml>";

        var reply = await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(xml));

        Assert.NotNull(reply);
        Assert.Equal("帮助", Assert.Single(probe.Turns).Text);
    }
}
