using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Channels.WeChat;

/// <summary>
/// A notice with buttons carries its text twice (message text and the hero card's text, for the channels that show
/// cards); WeChat shows both as one plain message, so the text must appear there once, followed by the buttons.
/// </summary>
public sealed class WeChatNoticeCardTextTests
{
    private const string Text = "周六上午义务植树，欢迎报名";

    [Fact]
    public async Task A_notice_with_sign_up_and_receipt_buttons_shows_its_text_once_on_WeChat()
    {
        await using var wechat = await WeChatHost.StartAsync();
        var router = wechat.Host.Services.GetRequiredService<OutboundRouter>();
        wechat.Stub.RecordInbound("o_tree");
        var reference = new ConversationReference
        {
            ChannelId = "wechat",
            User = new ChannelAccount { Id = "o_tree" },
            Conversation = new ConversationAccount { Id = "o_tree" },
            Locale = "zh-CN",
        };
        var notice = new Notice("n-tree", "notice", Text, null, "act-tree", new NoticeAudience { All = true }, null, null,
            "Asia/Shanghai", false, NoticeStatus.Scheduled, DateTimeOffset.UnixEpoch, null) { AsksReceipt = true };

        await router.SendAsync(reference, NoticeMessageBuilder.Build(notice, reference), CancellationToken.None);

        var shown = WeChatApiStub.Text(Assert.Single(wechat.Stub.Accepted));
        Assert.Single(shown.Split('\n'), line => line == Text);
        Assert.StartsWith(Text + "\n", shown, StringComparison.Ordinal);
        Assert.Contains(">报名</a>", shown, StringComparison.Ordinal);
        Assert.Contains(">收到</a>", shown, StringComparison.Ordinal);
    }
}
