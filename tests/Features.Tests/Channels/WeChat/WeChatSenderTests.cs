using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.Tencent;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Channels.WeChat;

/// <summary>The 48-hour rule: customer-service messages inside the window, the configured template outside it.</summary>
public sealed class WeChatSenderTests
{
    private static readonly Dictionary<string, string?> Template = new()
    {
        ["WeChat:NoticeTemplateId"] = "tmpl-notice-1",
        ["WeChat:NoticeTemplateField"] = "thing1",
    };

    [Fact]
    public async Task Inside_the_window_a_notice_is_a_customer_service_message_and_outside_it_a_template_message()
    {
        await using var wechat = await WeChatHost.StartAsync(settings: Template);
        var router = wechat.Host.Services.GetRequiredService<OutboundRouter>();
        wechat.Stub.RecordInbound("o_recent");

        await router.SendAsync(Reference("o_recent"), Notice("周六瑜伽课改到上午十点"), CancellationToken.None);
        await router.SendAsync(Reference("o_quiet"), Notice("周六瑜伽课改到上午十点"), CancellationToken.None);

        var sent = wechat.Stub.Accepted.ToArray();
        Assert.Equal(["custom", "template"], sent.Select(m => m["api"]!.GetValue<string>()));
        Assert.Equal("o_recent", sent[0]["touser"]!.GetValue<string>());
        Assert.Equal("o_quiet", sent[1]["touser"]!.GetValue<string>());
        Assert.Equal("tmpl-notice-1", sent[1]["template_id"]!.GetValue<string>());
        Assert.Equal("周六瑜伽课改到上午十点", sent[1]["data"]!["thing1"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_template_a_message_outside_the_window_fails_with_WeChats_reason()
    {
        await using var wechat = await WeChatHost.StartAsync();
        var router = wechat.Host.Services.GetRequiredService<OutboundRouter>();

        var refused = await Assert.ThrowsAsync<TencentApiException>(
            () => router.SendAsync(Reference("o_quiet"), Notice("通知"), CancellationToken.None));

        Assert.Equal(45015, refused.ErrorCode);
        Assert.Empty(wechat.Stub.Accepted);
    }

    private static ConversationReference Reference(string openId) => new()
    {
        ChannelId = "wechat",
        User = new ChannelAccount { Id = openId },
        Conversation = new ConversationAccount { Id = openId },
    };

    private static Activity Notice(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
