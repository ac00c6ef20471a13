using EngageBot.Bot.Tests.Notices;
using EngageBot.Bot.Tests.SignUps;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Groups;

/// <summary>"#接龙 报名 …" in a group: joins are real sign-ups (capacity, waitlist), "-1" cancels and promotes.</summary>
public sealed class ActivityChainTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private GroupFixture _groups = null!;

    public async Task InitializeAsync()
    {
        var settings = GroupFixture.Settings();
        settings["SignUps:SeedSamples"] = "false";
        _bot = await BotHost.StartAsync(settings: settings);
        _groups = new GroupFixture(_bot);
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task Joining_signs_up_with_the_activitys_capacity_and_withdrawing_promotes_the_next_in_line()
    {
        var activityId = await CreateActivityAsync("周六太极体验课", capacity: 1);
        var (groupId, zhang, li) = await GroupAsync();

        var start = await _groups.SayAsync(groupId, zhang, "#接龙 报名 太极体验课");
        var first = await _groups.SayAsync(groupId, zhang, "+1");
        var second = await _groups.SayAsync(groupId, li, "+1");
        var rosterBefore = await RosterAsync(activityId);
        var withdraw = await _groups.SayAsync(groupId, zhang, "-1");
        var rosterAfter = await RosterAsync(activityId);

        Assert.Contains("接龙：周六太极体验课（0/1人）", await ReplyAsync(groupId, zhang, start), StringComparison.Ordinal);
        Assert.EndsWith("（1/1人）\n1. 张一", (await ReplyAsync(groupId, zhang, first)).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var waitlisted = (await ReplyAsync(groupId, li, second)).ReplaceLineEndings("\n");
        Assert.Contains("候补，第1位", waitlisted, StringComparison.Ordinal);
        Assert.EndsWith("1. 张一\n候补：\n1. 李二", waitlisted, StringComparison.Ordinal);
        Assert.Equal(("dl_Y1", "dl_Y2"), rosterBefore);
        Assert.EndsWith("（1/1人）\n1. 李二", (await ReplyAsync(groupId, zhang, withdraw)).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(("dl_Y2", string.Empty), rosterAfter);
    }

    [Fact]
    public async Task An_unknown_activity_starts_no_chain_and_signs_nobody_up()
    {
        var activityId = await CreateActivityAsync("周六太极体验课", capacity: 5);
        var (groupId, zhang, _) = await GroupAsync();

        var start = await _groups.SayAsync(groupId, zhang, "#接龙 报名 不存在的活动");
        var join = await _groups.SayAsync(groupId, zhang, "+1");

        Assert.Contains("没有找到这个活动", await ReplyAsync(groupId, zhang, start), StringComparison.Ordinal);
        Assert.Contains("没有进行中的接龙", await ReplyAsync(groupId, zhang, join), StringComparison.Ordinal);
        Assert.Equal((string.Empty, string.Empty), await RosterAsync(activityId));
    }

    private async Task<string> CreateActivityAsync(string title, int capacity)
    {
        var starts = DateTimeOffset.UtcNow.AddDays(3);
        using var response = await _groups.AdminAsync(HttpMethod.Post, "api/admin/activities", new
        {
            title, startsAt = starts.ToString("O"), endsAt = starts.AddHours(1).ToString("O"), place = "职工之家广场", capacity,
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return BotHost.Json(await response.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
    }

    private async Task<(string GroupId, string Zhang, string Li)> GroupAsync()
    {
        var groupId = (await _groups.CreateGroupAsync("太极群")).GetProperty("groupId").GetString()!;
        await _groups.AddMemberAsync(groupId, "Y1", "张一");
        await _groups.AddMemberAsync(groupId, "Y2", "李二");
        return (groupId,
            await _groups.GroupTokenAsync(await _groups.SignInAsync("Y1", "张一"), groupId),
            await _groups.GroupTokenAsync(await _groups.SignInAsync("Y2", "李二"), groupId));
    }

    private async Task<string> ReplyAsync(string groupId, string token, string activityId) =>
        Assert.Single(await _groups.BotRepliesAsync(groupId, token, activityId));

    private async Task<(string Confirmed, string Waitlist)> RosterAsync(string activityId)
    {
        using var response = await _groups.AdminAsync(HttpMethod.Get, $"api/admin/activities/{activityId}/roster");
        var roster = BotHost.Json(await response.Content.ReadAsStringAsync());
        return (string.Join(",", roster.GetProperty("confirmed").EnumerateArray().Select(m => m.GetProperty("memberId").GetString())),
            string.Join(",", roster.GetProperty("waitlist").EnumerateArray().Select(m => m.GetProperty("memberId").GetString())));
    }
}
