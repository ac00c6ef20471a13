using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.Polls;
using EngageBot.Core.State;
using EngageBot.Features.Notices;
using EngageBot.TestKit;
using Quartz;

namespace EngageBot.Bot.Tests.Notices;

/// <summary>
/// 确认收到 for a notice posted into a group (one post, many members): each member confirms with the post's button or
/// "收到" / "got it" typed in the group; the report and CSV list every member of the group; "remind the unconfirmed"
/// names them in one group post whose button confirms the notice; a "收到" with nothing to confirm gets no answer.
/// Confirmations are not answered one by one in the group: one gathered progress line ("已确认 2/3") follows.
/// </summary>
public sealed class GroupReceiptConversationTests
{
    private static JsonElement ConfirmButton(JsonElement post) =>
        post.GetProperty("attachments")[0].GetProperty("content").GetProperty("buttons").EnumerateArray()
            .Single(b => b.GetProperty("value").TryGetProperty("noticeId", out _)).GetProperty("value").Clone();

    [Fact]
    public async Task Every_group_member_confirms_in_the_group_is_listed_in_the_report_and_only_the_unconfirmed_are_named_in_the_reminder()
    {
        await using var host = await PollGroupHost.StartAsync();
        var groups = host.Groups;
        var groupId = (await groups.CreateGroupAsync("工会体检通知群")).GetProperty("groupId").GetString()!;
        await groups.AddMemberAsync(groupId, "R1", "张一");
        await groups.AddMemberAsync(groupId, "R2", "李二");
        await groups.AddMemberAsync(groupId, "R3", "Tom");
        var zhang = await groups.GroupTokenAsync(await groups.SignInAsync("R1", "张一"), groupId);
        var li = await groups.GroupTokenAsync(await groups.SignInAsync("R2", "李二"), groupId);
        var tom = await groups.GroupTokenAsync(await groups.SignInAsync("R3", "Tom"), groupId);
        await host.SayAsync(groupId, zhang, "@小助手 帮助"); // the group has talked to the bot: its conversation is known

        var id = await NoticeHost.CreateAsync(host.Bot, new
        {
            text = "周五上午体检，请空腹",
            textEn = "Health check on Friday morning: please fast",
            askReceipt = true,
            urgent = true,
            audience = new { conversations = new[] { "engagebot/" + groupId } },
        });
        var post = Assert.Single(await host.PostedAsync(groupId, zhang, 1));
        Assert.Equal("周五上午体检，请空腹", post.GetProperty("text").GetString());

        // Quiet in the group: no reply to the tap nor to "Got it"; one progress line is scheduled for the group instead.
        Assert.Empty(await groups.BotRepliesAsync(groupId, zhang, await TapAsync(host, groupId, zhang, ConfirmButton(post))));
        Assert.Empty(await groups.BotRepliesAsync(groupId, tom, await groups.SayAsync(groupId, tom, "Got it")));
        // Nothing left for Tom to confirm: members saying "收到" to each other get no answer from the bot.
        Assert.Empty(await groups.BotRepliesAsync(groupId, tom, await groups.SayAsync(groupId, tom, "收到")));
        var group = new ConversationKey("engagebot", groupId);
        var scheduler = await host.Bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.True(await scheduler.Exists(JobKeys.ReceiptProgress(id, group.Format())));

        // The line, as its job posts it when the gathering time is up: both confirmations in one line, once.
        var progress = host.Bot.Services.GetRequiredService<ReceiptProgress>();
        Assert.True(await progress.PostAsync(id, group, CancellationToken.None));
        Assert.True(await progress.PostAsync(id, group, CancellationToken.None)); // a recovered job: the same count is the same outbox row
        var lines = (await host.PostedAsync(groupId, zhang, 2)).Skip(1).Select(p => p.GetProperty("text").GetString()!).ToList();
        Assert.Equal(
            ["【回执】通知“周五上午体检，请空腹”已确认 2/3。还没确认的请点通知下的“收到”，或在群里回复“收到”。\n"
                + "[Receipts] \"Health check on Friday m…\": 2/3 confirmed. If you have not yet, tap \"Got it\" under the notice or reply \"got it\" here."],
            lines);

        // Totals count members, not the one group post.
        var view = await NoticeHost.GetAsync(host.Bot, id);
        Assert.Equal(1, view.GetProperty("report").GetProperty("recipients").GetInt64());
        var totals = view.GetProperty("receipts");
        Assert.Equal((3L, 3L, 2L, 1L, 0L, 0L, 1L, 3L), (totals.GetProperty("members").GetInt64(), totals.GetProperty("delivered").GetInt64(),
            totals.GetProperty("confirmed").GetInt64(), totals.GetProperty("unconfirmed").GetInt64(), totals.GetProperty("failed").GetInt64(),
            totals.GetProperty("pending").GetInt64(), totals.GetProperty("groupPosts").GetInt64(), totals.GetProperty("groupMembers").GetInt64()));

        var report = await host.Bot.Admin.GetFromJsonAsync<JsonElement>($"api/admin/notices/{id}/receipts");
        var states = report.GetProperty("members").EnumerateArray().ToDictionary(m => m.GetProperty("member").GetString()!, m => m.GetProperty("state").GetString());
        Assert.Equal(new Dictionary<string, string?>
        {
            ["engagebot/dl_R1"] = "confirmed", ["engagebot/dl_R2"] = "unconfirmed", ["engagebot/dl_R3"] = "confirmed",
        }, states);
        Assert.False(report.TryGetProperty("next", out _)); // the group post itself is no row: three members, one page

        // Paged one by one, the cursor goes on among the group's members, and each comes once.
        var paged = new List<string>();
        string? after = null;
        do
        {
            var page = await host.Bot.Admin.GetFromJsonAsync<JsonElement>($"api/admin/notices/{id}/receipts?limit=1" + (after is null ? string.Empty : "&after=" + after));
            paged.AddRange(page.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("member").GetString()!));
            after = page.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.Number ? next.GetRawText() : null;
        }
        while (after is not null && paged.Count < 10);
        Assert.Equal(["engagebot/dl_R1", "engagebot/dl_R2", "engagebot/dl_R3"], paged);

        var unconfirmed = await host.Bot.Admin.GetFromJsonAsync<JsonElement>($"api/admin/notices/{id}/receipts?state=unconfirmed&q=李二");
        Assert.Equal("李二", Assert.Single(unconfirmed.GetProperty("members").EnumerateArray()).GetProperty("name").GetString());
        var csv = await host.Bot.Admin.GetStringAsync($"api/admin/notices/{id}/receipts.csv");
        Assert.Equal(4, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"engagebot/dl_R2\",\"R2\",\"李二\",\"已送达未确认 delivered, not confirmed\"", csv, StringComparison.Ordinal);

        var round = await (await host.Bot.Admin.PostAsync($"api/admin/notices/{id}/receipts/remind", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, round.GetProperty("reminded").GetInt64());
        var posts = await host.PostedAsync(groupId, zhang, 3);
        var reminder = Assert.Single(posts, p => p.GetProperty("text").GetString()!.StartsWith("【提醒】", StringComparison.Ordinal));
        Assert.StartsWith("【提醒】@李二 还没有确认收到这条通知", reminder.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("张一", reminder.GetProperty("text").GetString(), StringComparison.Ordinal);

        // The reminder's button confirms the notice; then nobody is left to remind and no post follows.
        Assert.Empty(await groups.BotRepliesAsync(groupId, li, await TapAsync(host, groupId, li, ConfirmButton(reminder))));
        Assert.True(await progress.PostAsync(id, group, CancellationToken.None));
        Assert.Equal("【回执】通知“周五上午体检，请空腹”已确认 3/3，全部确认，谢谢大家！\n[Receipts] \"Health check on Friday m…\": 3/3 confirmed, everyone. Thank you!",
            (await host.PostedAsync(groupId, zhang, 4))[^1].GetProperty("text").GetString());
        var none = await (await host.Bot.Admin.PostAsync($"api/admin/notices/{id}/receipts/remind", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, none.GetProperty("reminded").GetInt64());
        Assert.Equal(3, (await NoticeHost.GetAsync(host.Bot, id)).GetProperty("confirmed").GetInt64());
    }

    /// <summary>Taps a button in the group; returns the tap's id (the bot's answers to it: GroupFixture.BotRepliesAsync).</summary>
    private static async Task<string> TapAsync(PollGroupHost host, string groupId, string token, JsonElement value)
    {
        using var response = await host.Groups.DirectLine.PostAsync(groupId, token, JsonSerializer.Serialize(new { type = "message", text = "", value }));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return BotHost.Json(await response.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
    }
}
