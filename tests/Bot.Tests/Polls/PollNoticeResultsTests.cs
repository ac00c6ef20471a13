using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.Notices;
using EngageBot.Core.Protocol;
using EngageBot.Features.Polls;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Polls;

/// <summary>
/// A poll sent as a notice posts its results when it closes: to each member it reached, in their own chat, once —
/// however often the close job runs again — and to nobody it did not reach.
/// </summary>
public sealed class PollNoticeResultsTests
{
    private static Activity Say(ChannelSink sink, string user, string text) => Activities.Message(sink.ServiceUrl, text, conversationId: "conv-" + user, userId: user);

    [Fact]
    public async Task Closing_a_notice_poll_sends_its_results_once_to_each_recipient()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotHost.StartAsync(settings: NoticeHost.Settings);
        await NoticeHost.TalkAsync(host, sink, "u1", "u2", "u3");
        using var created = await host.Admin.PostAsJsonAsync("api/admin/polls", new
        {
            question = "年会节目选哪个？",
            options = new[] { "合唱", "小品" },
            closesAt = DateTimeOffset.UtcNow.AddHours(2),
            audience = new { members = new[] { "emulator/u1", "emulator/u2" } },
        });
        var pollId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await NoticeHost.ReceiveAsync(sink, 2);
        await NoticeHost.SettledReportAsync(host, "n_" + pollId);
        (await host.PostActivityAsync(Say(sink, "u1", "1"))).EnsureSuccessStatusCode();
        await sink.NextAsync();

        using var close = await host.Admin.PostAsync($"api/admin/polls/{pollId}/close", null);
        var results = await NoticeHost.ReceiveAsync(sink, 2);

        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.Equal(["conv-u1", "conv-u2"], results.Select(r => r.Activity.Conversation!.Id!).Order());
        Assert.All(results, r => Assert.StartsWith("📊 投票结果：年会节目选哪个？\n1. 合唱：1票（100%）\n2. 小品：0票（0%）", r.Activity.Text!.ReplaceLineEndings("\n"), StringComparison.Ordinal));
        Assert.All(results, r => Assert.Null(r.Activity.Attachments)); // results carry no vote buttons

        // The close job looks again at lately closed notice polls, and a second close is refused: nothing more is sent.
        await host.Services.GetRequiredService<PollCloseJob>().RunAsync(CancellationToken.None);
        using var again = await host.Admin.PostAsync($"api/admin/polls/{pollId}/close", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.True(await sink.StaysQuietAsync(TimeSpan.FromSeconds(2)), "results were sent twice, or to u3");
        var report = await NoticeHost.SettledReportAsync(host, "n_" + pollId + "-results");
        Assert.Equal(2, report.GetProperty("sent").GetInt64());
    }
}
