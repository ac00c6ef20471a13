using EngageBot.Bot.Tests.Groups;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Notices;

public sealed class NoticeRestartTests
{
    [Fact]
    public async Task A_notice_scheduled_before_a_restart_goes_out_after_it_once()
    {
        await using var sink = await ChannelSink.StartAsync();
        var path = BotHost.NewDatabasePath();
        string id;
        await using (var first = await BotHost.StartAsync(path, NoticeHost.Settings))
        {
            await NoticeHost.TalkAsync(first, sink, "u1", "u2");
            id = await NoticeHost.CreateAsync(first, new { text = "重启后发送", audience = new { all = true }, sendAt = DateTimeOffset.UtcNow.AddSeconds(4) });
        }

        Assert.True(await sink.StaysQuietAsync(TimeSpan.FromSeconds(1)));
        await using var second = await BotHost.StartAsync(path, NoticeHost.Settings);
        var received = await NoticeHost.ReceiveAsync(sink, 2);
        var report = await NoticeHost.SettledReportAsync(second, id);

        Assert.Equal(["conv-u1", "conv-u2"], received.Select(r => r.Activity.Conversation!.Id!).Order());
        Assert.Equal(2, report.GetProperty("sent").GetInt64());
        Assert.True(await sink.StaysQuietAsync(TimeSpan.FromMilliseconds(500)));
    }
}
