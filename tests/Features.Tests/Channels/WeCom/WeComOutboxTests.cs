using EngageBot.Features.Tests.Channels.WeChat;

namespace EngageBot.Features.Tests.Channels.WeCom;

/// <summary>WeCom app-message replies leave through the one outbox: a busy message/send is retried, not lost.</summary>
public sealed class WeComOutboxTests
{
    [Fact]
    public async Task A_reply_refused_as_busy_is_retried_by_the_outbox_until_message_send_takes_it()
    {
        await using var wecom = await WeComHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Delivery:BaseDelay"] = "00:00:00.050",
            ["Delivery:MaxDelay"] = "00:00:00.200",
            ["Delivery:PollInterval"] = "00:00:00.100",
        });
        wecom.Stub.Busy = true;

        await wecom.Push.PostAsync(wecom.Push.TextXml("zhaoliu", "帮助"));
        await WeChatLateReplyTests.UntilAsync(() => wecom.Stub.BusyAnswers >= 2);
        wecom.Stub.Busy = false;

        var sent = await wecom.Stub.NextAsync();
        Assert.Equal("zhaoliu", sent["touser"]!.GetValue<string>());
        await WeChatLateReplyTests.UntilAsync(() => WeChatLateReplyTests.CountMessages(wecom.Host.DatabasePath) == 0);
        Assert.Equal(wecom.Stub.Accepted.Count, wecom.Stub.Accepted.Select(m => m.ToJsonString()).Distinct().Count());
    }
}
