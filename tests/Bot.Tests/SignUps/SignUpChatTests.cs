using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Core.Protocol;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>Signing up, listing and cancelling in chat, through /api/messages and the real turn pipeline.</summary>
public sealed class SignUpChatTests : IAsyncLifetime
{
    private static readonly string[] ZhDays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
    private SignUpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SignUpTestHost.StartAsync(seed: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Typing_a_club_and_day_signs_up_for_that_session_and_a_second_time_says_already_signed_up()
    {
        var yoga = await SeededAsync("yoga");
        var day = ZhDays[(int)yoga.GetProperty("startsAt").GetDateTimeOffset().DayOfWeek];

        var first = await _host.SayAsync("w1", $"报名{day}的瑜伽");
        var second = await _host.SayAsync("w1", $"报名{day}的瑜伽");

        Assert.StartsWith("报名成功", first.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("周末瑜伽课", first.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("postBack", first.Activity.SuggestedActions!.Actions.Select(a => a.Type));
        Assert.StartsWith("您已报名", second.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(1, _host.Bot.Count("signups"));
    }

    [Fact]
    public async Task An_English_sign_up_for_calligraphy_is_answered_in_English()
    {
        var reply = await _host.SayAsync("e1", "I want to sign up for calligraphy");

        Assert.StartsWith("You're signed up", reply.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("Calligraphy for beginners", reply.Activity.Text, StringComparison.Ordinal);
        Assert.Equal("en-US", reply.Activity.Locale);
    }

    [Fact]
    public async Task My_sign_ups_lists_them_and_cancelling_asks_first_and_then_they_are_gone()
    {
        await _host.SayAsync("c1", "报名瑜伽");

        var mine = await _host.SayAsync("c1", "我的报名");
        var ask = await _host.SayAsync("c1", "取消瑜伽报名");
        var keep = await _host.SayAsync("c1", "否");
        var stillMine = await _host.SayAsync("c1", "我的报名");
        await _host.SayAsync("c1", "取消瑜伽报名");
        var done = await _host.SayAsync("c1", "是");
        var none = await _host.SayAsync("c1", "我的报名");

        Assert.Contains("周末瑜伽课", mine.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("已确认", mine.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("确定要取消", ask.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(["是", "否"], ask.Activity.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.StartsWith("好的，已为您保留报名", keep.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("周末瑜伽课", stillMine.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("已取消", done.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("您目前没有", none.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_activity_puts_the_member_on_the_waitlist_with_their_place()
    {
        var id = await _host.CreateActivityAsync(capacity: 1, startsIn: TimeSpan.FromDays(2));
        await _host.SendAsync(_host.PostBack("f1", "signup", id));

        var second = await _host.SendAsync(_host.PostBack("f2", "signup", id));
        var third = await _host.SendAsync(_host.PostBack("f3", "signup", id));

        Assert.Contains("已进入候补，第1位", second.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("已进入候补，第2位", third.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_up_after_the_deadline_is_refused_with_the_deadline_and_changes_nothing()
    {
        var id = await _host.CreateActivityAsync(capacity: 5, startsIn: TimeSpan.FromDays(2), signUpClosesIn: TimeSpan.FromHours(1));
        _host.Clock.Advance(TimeSpan.FromHours(2));

        var reply = await _host.SendAsync(_host.PostBack("d1", "signup", id));

        Assert.Contains("的报名已于", reply.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("截止", reply.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(0, _host.Bot.Count("signups"));
    }

    [Fact]
    public async Task Cancelling_after_the_cancellation_deadline_keeps_the_seat_and_says_whom_to_contact()
    {
        var id = await _host.CreateActivityAsync(capacity: 5, startsIn: TimeSpan.FromDays(2), cancelClosesIn: TimeSpan.FromHours(1));
        await _host.SendAsync(_host.PostBack("x1", "signup", id));
        _host.Clock.Advance(TimeSpan.FromHours(2));

        await _host.SendAsync(_host.PostBack("x1", "cancel", id));
        var reply = await _host.SayAsync("x1", "是");

        Assert.Contains("已过取消截止时间", reply.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("已确认", (await _host.SayAsync("x1", "我的报名")).Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_about_signing_up_is_left_to_the_other_routes()
    {
        var reply = await _host.SayAsync("q1", "瑜伽怎么报名？");

        // The knowledge base explains how; nobody is signed up by asking.
        Assert.Contains("瑜伽", reply.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(0, _host.Bot.Count("signups"));
    }

    [Fact]
    public async Task A_postBack_for_an_unknown_activity_says_so_and_changes_nothing()
    {
        var reply = await _host.SendAsync(_host.PostBack("n1", "signup", "act-000000000000"));

        Assert.StartsWith("没有找到这个活动", reply.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(0, _host.Bot.Count("signups"));
    }

    [Fact]
    public async Task The_name_a_member_gives_is_shown_on_rosters_instead_of_the_channel_name()
    {
        var id = await _host.CreateActivityAsync(capacity: 5, startsIn: TimeSpan.FromDays(2));
        await _host.SendAsync(_host.PostBack("nm1", "signup", id));

        var saved = await _host.SayAsync("nm1", "我叫 王小明");
        await _host.SendAsync(_host.PostBack("nm2", "signup", id));
        using var roster = await _host.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}/roster");

        Assert.Contains("王小明", saved.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("1个报名", saved.Activity.Text, StringComparison.Ordinal);
        var names = (await roster.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("confirmed").EnumerateArray()
            .Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(["王小明", "会员nm2"], names);
    }

    private async Task<JsonElement> SeededAsync(string clubId)
    {
        using var response = await _host.AdminAsync(HttpMethod.Get, $"api/admin/activities?clubId={clubId}");
        var list = await response.Content.ReadFromJsonAsync<JsonElement>();
        return list.EnumerateArray().First();
    }
}
