using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.Polls;

namespace EngageBot.Bot.Tests.Notices;

/// <summary>
/// 确认收到 for a notice posted into a group (one post, many members): each member confirms with the post's button or
/// "收到" / "got it" typed in the group; the report and CSV list every member of the group; "remind the unconfirmed"
/// names them in one group post whose button confirms the notice; a "收到" with nothing to confirm gets no answer.
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

        Assert.Equal("已确认收到通知“周五上午体检，请空腹”，谢谢！", await host.TapAsync(groupId, zhang, ConfirmButton(post)));
        Assert.Equal("Confirmed: you got the notice \"Health check on Friday m…\". Thank you!", await host.SayAsync(groupId, tom, "Got it"));
        // Nothing left for Tom to confirm: members saying "收到" to each other get no answer from the bot.
        Assert.Empty(await groups.BotRepliesAsync(groupId, tom, await groups.SayAsync(groupId, tom, "收到")));

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
        var posts = await host.PostedAsync(groupId, zhang, 2);
        var reminder = Assert.Single(posts, p => p.GetProperty("text").GetString()!.StartsWith("【提醒】", StringComparison.Ordinal));
        Assert.StartsWith("【提醒】@李二 还没有确认收到这条通知", reminder.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("张一", reminder.GetProperty("text").GetString(), StringComparison.Ordinal);

        // The reminder's button confirms the notice; then nobody is left to remind and no post follows.
        Assert.Equal("已确认收到通知“周五上午体检，请空腹”，谢谢！", await host.TapAsync(groupId, li, ConfirmButton(reminder)));
        var none = await (await host.Bot.Admin.PostAsync($"api/admin/notices/{id}/receipts/remind", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, none.GetProperty("reminded").GetInt64());
        Assert.Equal(3, (await NoticeHost.GetAsync(host.Bot, id)).GetProperty("confirmed").GetInt64());
    }
}
