using System.Net.Http.Json;
using System.Text.Json;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>The guided sign-up ("我想报名" → club → session → confirm), through /api/messages and the real turn pipeline.</summary>
public sealed class SignUpFlowTests : IAsyncLifetime
{
    private SignUpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SignUpTestHost.StartAsync(seed: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task I_want_to_sign_up_walks_through_club_by_number_session_by_name_and_confirm_to_a_seat_on_the_roster()
    {
        var id = await _host.CreateActivityAsync(capacity: 10, startsIn: TimeSpan.FromDays(3), title: "瑜伽进阶课", clubId: "yoga");

        var clubs = await _host.SayAsync("z1", "我想报名");
        var sessions = await _host.SayAsync("z1", NumberOf(clubs.Activity.Text!, "瑜伽俱乐部"));
        var confirm = await _host.SayAsync("z1", "瑜伽进阶课");
        Assert.Equal(0, _host.Bot.Count("signups"));
        var done = await _host.SayAsync("z1", "是");

        Assert.StartsWith("想报名哪个俱乐部的活动？", clubs.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("瑜伽俱乐部", clubs.Activity.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.StartsWith("请选择场次", sessions.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("周末瑜伽课", sessions.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("瑜伽进阶课", sessions.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("余10个名额", sessions.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("确认报名「瑜伽进阶课」", confirm.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("报名成功", done.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("瑜伽进阶课", done.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(["会员z1"], await ConfirmedNamesAsync(id));
    }

    [Fact]
    public async Task The_flow_is_in_English_for_a_member_who_writes_English()
    {
        await _host.CreateActivityAsync(capacity: 10, startsIn: TimeSpan.FromDays(3), title: "瑜伽进阶课", clubId: "yoga");

        var clubs = await _host.SayAsync("en1", "I want to sign up");
        var sessions = await _host.SayAsync("en1", "Yoga Club");
        var confirm = await _host.SayAsync("en1", "2");
        var done = await _host.SayAsync("en1", "yes");

        Assert.StartsWith("Which club would you like to sign up with?", clubs.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("Which session would you like?", sessions.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("seats left", sessions.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("Sign you up for", confirm.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("You're signed up", done.Activity.Text, StringComparison.Ordinal);
        Assert.Equal("en-US", done.Activity.Locale);
        Assert.Equal(1, _host.Bot.Count("signups"));
    }

    [Fact]
    public async Task Choosing_a_full_session_puts_the_member_on_the_waitlist_with_their_place()
    {
        var id = await _host.CreateActivityAsync(capacity: 1, startsIn: TimeSpan.FromDays(3), title: "瑜伽小班课", clubId: "yoga");
        await _host.SendAsync(_host.PostBack("w0", "signup", id));

        var sessions = await _host.SayAsync("w1", "我想报名瑜伽");
        await _host.SayAsync("w1", "瑜伽小班课");
        var done = await _host.SayAsync("w1", "好的");

        Assert.Contains("瑜伽小班课", sessions.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("已满，可候补", sessions.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("已进入候补，第1位", done.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_in_the_middle_of_the_flow_leaves_the_flow_and_signs_nobody_up()
    {
        var clubs = await _host.SayAsync("c1", "我想报名");
        var confirm = await _host.SayAsync("c1", NumberOf(clubs.Activity.Text!, "瑜伽俱乐部"));
        var left = await _host.SayAsync("c1", "取消");
        await _host.SayAsync("c1", "是");

        // The yoga club has one session, so the flow goes straight to the confirmation.
        Assert.StartsWith("确认报名「周末瑜伽课」", confirm.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("好的，已退出“报名”", left.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(0, _host.Bot.Count("signups"));
    }

    [Fact]
    public async Task Naming_a_club_without_a_day_starts_at_the_session_step_for_that_club()
    {
        await _host.CreateActivityAsync(capacity: 10, startsIn: TimeSpan.FromDays(3), title: "瑜伽进阶课", clubId: "yoga");

        var sessions = await _host.SayAsync("s1", "我想报名瑜伽");
        var no = await _host.SayAsync("s1", "1");
        var declined = await _host.SayAsync("s1", "不了");

        Assert.StartsWith("请选择场次", sessions.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(2, sessions.Activity.SuggestedActions!.Actions.Count);
        Assert.All(sessions.Activity.SuggestedActions.Actions, a => Assert.Contains("瑜伽", a.Title, StringComparison.Ordinal));
        Assert.StartsWith("确认报名", no.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("好的，这次先不报名", declined.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(0, _host.Bot.Count("signups"));
    }

    [Fact]
    public async Task A_sign_up_button_pressed_during_the_flow_signs_up_and_ends_the_flow()
    {
        var id = await _host.CreateActivityAsync(capacity: 10, startsIn: TimeSpan.FromDays(3), title: "瑜伽进阶课", clubId: "yoga");

        await _host.SayAsync("p1", "我想报名");
        var pressed = await _host.SendAsync(_host.PostBack("p1", "signup", id));
        var next = await _host.SayAsync("p1", "1");

        Assert.StartsWith("报名成功", pressed.Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("想报名哪个俱乐部", next.Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("请选择场次", next.Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("确认报名", next.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(["会员p1"], await ConfirmedNamesAsync(id));
    }

    /// <summary>The number in front of <paramref name="option"/> in a numbered prompt ("3. 瑜伽俱乐部" → "3").</summary>
    private static string NumberOf(string prompt, string option) =>
        prompt.Split('\n').Single(line => line.EndsWith(". " + option, StringComparison.Ordinal)).Split('.')[0];

    private async Task<List<string?>> ConfirmedNamesAsync(string activityId)
    {
        using var roster = await _host.AdminAsync(HttpMethod.Get, $"api/admin/activities/{activityId}/roster");
        return [.. (await roster.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("confirmed").EnumerateArray().Select(c => c.GetProperty("name").GetString())];
    }
}
