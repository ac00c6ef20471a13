using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.Notices;
using EngageBot.Core.Protocol;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Polls;

/// <summary>
/// A poll sent as a notice: each recipient gets it once in their own chat, with one button per option; they vote by
/// tapping or typing the number and may change it; a member the notice did not reach cannot vote.
/// </summary>
public sealed class PollNoticeConversationTests
{
    private static Activity Say(ChannelSink sink, string user, string text) => Activities.Message(sink.ServiceUrl, text, conversationId: "conv-" + user, userId: user);

    private static async Task<string> ReplyAsync(BotHost host, ChannelSink sink, Activity activity)
    {
        (await host.PostActivityAsync(activity)).EnsureSuccessStatusCode();
        return (await sink.NextAsync()).Activity.Text ?? string.Empty;
    }

    [Fact]
    public async Task Recipients_vote_in_their_own_chat_by_button_or_number_and_others_cannot()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotHost.StartAsync(settings: NoticeHost.Settings);
        await NoticeHost.TalkAsync(host, sink, "u1", "u2", "u3");
        (await host.PostActivityAsync(Say(sink, "u2", "hello, what can you do?"))).EnsureSuccessStatusCode();
        await sink.NextAsync();

        using var created = await host.Admin.PostAsJsonAsync("api/admin/polls", new
        {
            question = "年会节目选哪个？",
            questionEn = "Which show for the annual party?",
            options = new[] { "合唱", "小品", "舞蹈" },
            multiple = true,
            maxChoices = 2,
            closesAt = DateTimeOffset.UtcNow.AddHours(2),
            audience = new { members = new[] { "emulator/u1", "emulator/u2" } },
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var poll = await created.Content.ReadFromJsonAsync<JsonElement>();
        var pollId = poll.GetProperty("id").GetString()!;
        var received = (await NoticeHost.ReceiveAsync(sink, 2)).ToDictionary(r => r.Activity.Conversation!.Id!["conv-".Length..]);
        Assert.True(await sink.StaysQuietAsync(TimeSpan.FromSeconds(1)), "a recipient got the poll twice, or u3 got it");

        var zh = received["u1"].Activity;
        var buttons = zh.Attachments![0].Content!.Value.GetProperty("buttons");
        Assert.StartsWith("📊 投票：年会节目选哪个？", zh.Text, StringComparison.Ordinal);
        Assert.Equal(["1. 合唱", "2. 小品", "3. 舞蹈"], buttons.EnumerateArray().Select(b => b.GetProperty("title").GetString()));
        Assert.Equal(3, received["u2"].Activity.Attachments![0].Content!.Value.GetProperty("buttons").GetArrayLength());

        var tap = Say(sink, "u1", string.Empty) with { Value = buttons[0].GetProperty("value").Clone() };
        Assert.StartsWith("已投票：1. 合唱", await ReplyAsync(host, sink, tap), StringComparison.Ordinal);
        Assert.StartsWith("已改为：1. 合唱、3. 舞蹈", await ReplyAsync(host, sink, Say(sink, "u1", "1 3")), StringComparison.Ordinal);
        Assert.Contains("最多选 2 项", await ReplyAsync(host, sink, Say(sink, "u1", "选1 2 3")), StringComparison.Ordinal);
        Assert.StartsWith("Voted: 2. 小品", await ReplyAsync(host, sink, Say(sink, "u2", "vote 2")), StringComparison.Ordinal);

        var stranger = Say(sink, "u3", string.Empty) with { Value = buttons[1].GetProperty("value").Clone() };
        Assert.Equal("这个投票没有发给您，所以不能参加。有疑问可以问我或联系工会工作人员。", await ReplyAsync(host, sink, stranger));
        Assert.DoesNotContain("投票", await ReplyAsync(host, sink, Say(sink, "u3", "2")), StringComparison.Ordinal);

        var results = await host.Admin.GetFromJsonAsync<JsonElement>($"api/admin/polls/{pollId}");
        Assert.Equal([1, 1, 1], results.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("count").GetInt32()));
        Assert.Equal(2, results.GetProperty("voters").GetInt32());
        Assert.Equal("n_" + pollId, results.GetProperty("noticeId").GetString());
    }
}
