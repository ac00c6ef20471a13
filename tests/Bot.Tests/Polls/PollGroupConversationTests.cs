namespace EngageBot.Bot.Tests.Polls;

/// <summary>
/// 投票 in a group, as members live it: staff start a poll, the card with one button per option appears in the group;
/// members vote by tapping or typing (zh and en), change their vote, are refused after the deadline; the close job
/// posts the results once. A member outside the group cannot vote; an anonymous poll names nobody.
/// </summary>
public sealed class PollGroupConversationTests
{
    [Fact]
    public async Task Members_vote_by_button_or_text_change_their_vote_are_refused_after_the_deadline_and_the_results_are_posted_once()
    {
        await using var host = await PollGroupHost.StartAsync();
        var groups = host.Groups;
        var groupId = (await groups.CreateGroupAsync("工会文体群")).GetProperty("groupId").GetString()!;
        await groups.AddMemberAsync(groupId, "P1", "张一");
        await groups.AddMemberAsync(groupId, "P2", "李二");
        await groups.AddMemberAsync(groupId, "P3", "Tom");
        var zhang = await groups.GroupTokenAsync(await groups.SignInAsync("P1", "张一"), groupId);
        var li = await groups.GroupTokenAsync(await groups.SignInAsync("P2", "李二"), groupId);
        var tom = await groups.GroupTokenAsync(await groups.SignInAsync("P3", "Tom"), groupId);

        var poll = await host.StartPollAsync(new
        {
            question = "周五活动选哪个？",
            questionEn = "Which activity on Friday?",
            options = new[] { "羽毛球", "乒乓球", "瑜伽" },
            closesAt = host.Clock.GetUtcNow().AddMinutes(10),
            groupId,
        });
        var pollId = poll.GetProperty("id").GetString()!;
        var card = Assert.Single(await host.PostedAsync(groupId, zhang, 1));

        Assert.StartsWith("📊 投票：周五活动选哪个？\n1. 羽毛球\n2. 乒乓球\n3. 瑜伽\n点选项或回复“选1”投票（单选，实名）", card.GetProperty("text").GetString()!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(3, card.GetProperty("attachments")[0].GetProperty("content").GetProperty("buttons").GetArrayLength());

        Assert.StartsWith("已投票：2. 乒乓球（“周五活动选哪个？”）", await host.TapAsync(groupId, zhang, PollGroupHost.Button(card, 2)), StringComparison.Ordinal);
        Assert.StartsWith("已投票：1. 羽毛球", await host.SayAsync(groupId, li, "选1"), StringComparison.Ordinal);
        Assert.StartsWith("已改为：3. 瑜伽", await host.SayAsync(groupId, li, "投 瑜伽"), StringComparison.Ordinal);
        Assert.StartsWith("Voted: 2. 乒乓球 (\"Which activity on Friday?\"). You can change it until", await host.SayAsync(groupId, tom, "vote 2"), StringComparison.Ordinal);
        Assert.Contains("没有这个选项", await host.SayAsync(groupId, zhang, "选 7"), StringComparison.Ordinal);
        Assert.Contains("只能选一项", await host.SayAsync(groupId, zhang, "选1 2"), StringComparison.Ordinal);

        var live = await host.ResultsAsync(pollId);
        Assert.Equal([0, 2, 1], live.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("count").GetInt32()));
        Assert.Equal(["张一", "Tom"], live.GetProperty("options")[1].GetProperty("voters").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(("open", 3), (live.GetProperty("status").GetString(), live.GetProperty("voters").GetInt32()));
        var export = await (await groups.MemberAsync(await groups.SignInAsync("P1", "张一"), HttpMethod.Get, "api/members/me/data")).Content.ReadAsStringAsync();
        Assert.Contains("pollBallots", export, StringComparison.Ordinal);
        Assert.Contains(pollId, export, StringComparison.Ordinal);

        host.Clock.Advance(TimeSpan.FromMinutes(10)); // Direct Line tokens outlive this; an hour would expire them
        Assert.Equal("投票“周五活动选哪个？”已经截止，不能再投了。结果会发到群里或由工作人员公布。", await host.SayAsync(groupId, zhang, "选1"));
        Assert.StartsWith("The poll \"Which activity on Friday?\" has closed", await host.TapAsync(groupId, tom, PollGroupHost.Button(card, 1)), StringComparison.Ordinal);

        await Task.WhenAll(host.CloseDueAsync(), host.CloseDueAsync());
        await host.CloseDueAsync();
        var posted = await host.PostedAsync(groupId, zhang, 2);
        var results = posted.Where(p => p.GetProperty("text").GetString()!.StartsWith("📊 投票结果", StringComparison.Ordinal)).ToList();

        Assert.Single(results);
        Assert.Contains("1. 羽毛球：0票（0%）\n2. 乒乓球：2票（67%）\n3. 瑜伽：1票（33%）\n共 3 人参与投票", results[0].GetProperty("text").GetString()!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal("deadline", (await host.ResultsAsync(pollId)).GetProperty("closedBy").GetString());
        Assert.Equal(["张一", "Tom"], (await host.ResultsAsync(pollId)).GetProperty("options")[1].GetProperty("voters").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task A_member_outside_the_group_cannot_vote_and_an_anonymous_poll_names_nobody_anywhere()
    {
        await using var host = await PollGroupHost.StartAsync();
        var groups = host.Groups;
        var club = (await groups.CreateGroupAsync("瑜伽俱乐部")).GetProperty("groupId").GetString()!;
        var other = (await groups.CreateGroupAsync("象棋俱乐部")).GetProperty("groupId").GetString()!;
        await groups.AddMemberAsync(club, "Q1", "王芳");
        await groups.AddMemberAsync(other, "Q2", "Alice");
        var wang = await groups.GroupTokenAsync(await groups.SignInAsync("Q1", "王芳"), club);
        var alice = await groups.GroupTokenAsync(await groups.SignInAsync("Q2", "Alice"), other);
        var poll = await host.StartPollAsync(new
        {
            question = "瑜伽课改到周几？",
            options = new[] { "周二", "周四" },
            multiple = true,
            anonymous = true,
            closesAt = host.Clock.GetUtcNow().AddDays(1),
            groupId = club,
        });
        var pollId = poll.GetProperty("id").GetString()!;
        var card = Assert.Single(await host.PostedAsync(club, wang, 1));

        Assert.Contains("可多选，最多2项，匿名", card.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("这个投票只限本群成员参加，您不在该群里。如需加入，请联系工会工作人员。", await host.TapAsync(other, alice, PollGroupHost.Button(card, 1)));
        Assert.Contains("There is no open poll", await host.SayAsync(other, alice, "vote 1"), StringComparison.Ordinal);
        // Everyone in the group reads the bot's answers: an anonymous vote's answer names no option.
        Assert.StartsWith("已记录您的匿名投票（“瑜伽课改到周几？”）", await host.TapAsync(club, wang, PollGroupHost.Button(card, 1)), StringComparison.Ordinal);
        Assert.DoesNotContain("周四", await host.TapAsync(club, wang, PollGroupHost.Button(card, 2)), StringComparison.Ordinal);

        var view = await host.ResultsAsync(pollId);
        var csv = await host.Bot.Admin.GetStringAsync($"api/admin/polls/{pollId}/results.csv");
        var export = await groups.MemberAsync(await groups.SignInAsync("Q1", "王芳"), HttpMethod.Get, "api/members/me/data");

        Assert.Equal([1, 1], view.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("count").GetInt32()));
        Assert.All(view.GetProperty("options").EnumerateArray(), o => Assert.False(o.TryGetProperty("voters", out _)));
        Assert.DoesNotContain("王芳", view.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("dl_Q1", view.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("王芳", csv, StringComparison.Ordinal);
        Assert.Equal(3, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        // Her own tap stays in her chat history (the transcript's share); the ballot itself is never exported.
        var data = EngageBot.TestKit.BotHost.Json(await export.Content.ReadAsStringAsync()).GetProperty("data");
        Assert.True(!data.TryGetProperty("pollBallots", out var ballots) || ballots.GetArrayLength() == 0);
    }
}
