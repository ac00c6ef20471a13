using EngageBot.Core.State;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Features.Notices;
using EngageBot.Features.Staff;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Notices;

public sealed class SubscriptionTests
{
    [Fact]
    public async Task A_member_who_unsubscribes_is_skipped_and_can_subscribe_again()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotHost.StartAsync(settings: NoticeHost.Settings);
        await NoticeHost.TalkAsync(host, sink, "u1", "u2");

        await host.PostActivityAsync(Activities.Message(sink.ServiceUrl, "退订通知", conversationId: "conv-u1", userId: "u1"));
        var reply = await sink.NextAsync();
        var id = await NoticeHost.CreateAsync(host, new { text = "通知一", audience = new { all = true } });
        var first = await sink.NextAsync(TimeSpan.FromSeconds(30));
        var report = await NoticeHost.SettledReportAsync(host, id);

        Assert.Contains("退订", reply.Activity.Text, StringComparison.Ordinal);
        Assert.Equal("conv-u2", first.Activity.Conversation!.Id);
        Assert.Equal((2L, 1L, 1L), (report.GetProperty("recipients").GetInt64(), report.GetProperty("sent").GetInt64(), report.GetProperty("skipped").GetInt64()));

        await host.PostActivityAsync(Activities.Message(sink.ServiceUrl, "subscribe", conversationId: "conv-u1", userId: "u1"));
        var english = await sink.NextAsync();
        await NoticeHost.CreateAsync(host, new { text = "通知二", audience = new { all = true } });
        var second = await NoticeHost.ReceiveAsync(sink, 2);

        Assert.Contains("notices", english.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(["conv-u1", "conv-u2"], second.Select(r => r.Activity.Conversation!.Id!).Order());
    }

    private sealed class OneStaff : IStaffDirectory
    {
        public Task<bool> IsStaffAsync(MemberKey member, CancellationToken cancellationToken) => Task.FromResult(member == new MemberKey("emulator", "staff"));
    }

    [Fact]
    public async Task Staff_posting_slash_notice_in_a_group_publishes_it_there_and_others_are_refused()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotHost.StartAsync(settings: NoticeHost.Settings, configure: b => b.Services.AddSingleton<IStaffDirectory, OneStaff>());
        var inGroup = (string user, string text) => Activities.Message(sink.ServiceUrl, text, conversationId: "group-1", userId: user) with
        {
            Conversation = new EngageBot.Core.Protocol.ConversationAccount { Id = "group-1", IsGroup = true },
        };
        await host.PostActivityAsync(inGroup("member", "@小助手 你好"));
        await sink.NextAsync();

        await host.PostActivityAsync(inGroup("member", "/notice 我也想发"));
        var refused = await sink.NextAsync();
        await host.PostActivityAsync(inGroup("staff", "/notice 周六9点瑜伽课取消"));
        var published = await sink.NextAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("工作人员", refused.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(("group-1", "周六9点瑜伽课取消"), (published.Activity.Conversation!.Id, published.Activity.Text));
        Assert.Equal(1, host.Count("notices"));
        Assert.True(await sink.StaysQuietAsync(TimeSpan.FromMilliseconds(500)));
    }
}
