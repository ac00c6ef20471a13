namespace EngageBot.Bot.Tests.Polls;

/// <summary>
/// An anonymous vote by button in a group: the other members' Direct Line clients read the group's log, where the tap
/// is kept without its value, so nobody can tell which option a member chose; the bot still counts it.
/// </summary>
public sealed class PollAnonymousTapTests
{
    [Fact]
    public async Task Another_member_reading_the_group_history_cannot_see_which_option_was_tapped()
    {
        await using var host = await PollGroupHost.StartAsync();
        var groups = host.Groups;
        var club = (await groups.CreateGroupAsync("瑜伽俱乐部")).GetProperty("groupId").GetString()!;
        await groups.AddMemberAsync(club, "A1", "王芳");
        await groups.AddMemberAsync(club, "A2", "李雷");
        var wang = await groups.GroupTokenAsync(await groups.SignInAsync("A1", "王芳"), club);
        var li = await groups.GroupTokenAsync(await groups.SignInAsync("A2", "李雷"), club);
        var poll = await host.StartPollAsync(new
        {
            question = "瑜伽课改到周几？",
            options = new[] { "周二", "周四" },
            anonymous = true,
            closesAt = host.Clock.GetUtcNow().AddDays(1),
            groupId = club,
        });
        var card = Assert.Single(await host.PostedAsync(club, wang, 1));

        Assert.StartsWith("已记录您的匿名投票", await host.TapAsync(club, wang, PollGroupHost.Button(card, 2)), StringComparison.Ordinal);

        var history = await groups.DirectLine.GetActivitiesAsync(club, li);
        var hers = history.GetProperty("activities").EnumerateArray().Where(a => a.GetProperty("from").GetProperty("id").GetString() == "dl_A1").ToList();
        Assert.Contains(hers, a => a.GetProperty("type").GetString() == "message"); // the tap itself is in the log
        Assert.All(hers, a => Assert.False(a.TryGetProperty("value", out _), "the tap's value (the chosen option) is in the group's history"));
        var results = await host.ResultsAsync(poll.GetProperty("id").GetString()!);
        Assert.Equal([0, 1], results.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("count").GetInt32()));
    }
}
