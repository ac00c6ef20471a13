using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Bot.Tests.Notices;
using EngageBot.Features.Notices;
using EngageBot.Features.SignUps;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>
/// Sign-ups wired to the rest: reminders follow activities created, moved and cancelled through the admin API;
/// "activities" and "clubs" notice audiences are the members holding seats; a promotion is told once.
/// </summary>
public sealed class SignUpWiringTests : IAsyncLifetime
{
    private SignUpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SignUpTestHost.StartAsync(seed: true, settings: NoticeHost.Settings);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Reminders_are_set_when_an_activity_is_created_moved_with_it_and_dropped_when_it_is_cancelled()
    {
        var id = await _host.CreateActivityAsync(capacity: 5, startsIn: TimeSpan.FromDays(3));
        var starts = await StartsAtAsync(id);
        var created = await ReminderTimesAsync(id);

        var moved = starts.AddDays(1);
        using (var put = await _host.AdminAsync(HttpMethod.Put, $"api/admin/activities/{id}", new
        {
            title = "瑜伽体验课", startsAt = moved.ToString("O"), endsAt = moved.AddHours(2).ToString("O"), place = "职工之家 3 楼", capacity = 5,
        }))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, put.StatusCode);
        }

        var afterMove = await ReminderTimesAsync(id);
        using (var cancel = await _host.AdminAsync(HttpMethod.Post, $"api/admin/activities/{id}/cancel"))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, cancel.StatusCode);
        }

        Assert.Equal(new[] { starts.AddHours(-24), starts.AddHours(-2) }, created);
        Assert.Equal(new[] { moved.AddHours(-24), moved.AddHours(-2) }, afterMove);
        Assert.Empty(await ReminderTimesAsync(id));
    }

    [Fact]
    public async Task A_member_promoted_when_staff_add_seats_is_told_exactly_once()
    {
        var id = await _host.CreateActivityAsync(capacity: 1, startsIn: TimeSpan.FromDays(2));
        await _host.SendAsync(_host.PostBack("holder", "signup", id));
        var waitlisted = await _host.SendAsync(_host.PostBack("waiter", "signup", id));
        var starts = await StartsAtAsync(id);

        using var put = await _host.AdminAsync(HttpMethod.Put, $"api/admin/activities/{id}", new
        {
            title = "瑜伽体验课", startsAt = starts.ToString("O"), endsAt = starts.AddHours(2).ToString("O"), place = "职工之家 3 楼", capacity = 2,
        });
        var told = await _host.Sink.NextAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("候补", waitlisted.Activity.Text, StringComparison.Ordinal);
        Assert.Equal("/v3/conversations/dm-waiter/activities", told.Path);
        Assert.StartsWith("好消息", told.Activity.Text, StringComparison.Ordinal);
        Assert.True(await _host.NothingMoreAsync(TimeSpan.FromSeconds(1)));
        Assert.Equal(0L, _host.Bot.Count("notices"));
    }

    [Fact]
    public async Task An_activity_notice_reaches_confirmed_members_and_a_club_notice_everyone_in_its_activities()
    {
        var id = await _host.CreateActivityAsync(capacity: 1, startsIn: TimeSpan.FromDays(2), clubId: "yoga");
        await _host.SendAsync(_host.PostBack("holder", "signup", id));
        await _host.SendAsync(_host.PostBack("waiter", "signup", id));
        await _host.SayAsync("bystander", "你好");

        await NoticeAsync(new { text = "活动地点改到2楼", audience = new { activities = new[] { id } } });
        var toActivity = await _host.Sink.NextAsync(TimeSpan.FromSeconds(30));
        Assert.True(await _host.NothingMoreAsync(TimeSpan.FromMilliseconds(500)));
        await NoticeAsync(new { text = "瑜伽俱乐部招新", audience = new { clubs = new[] { "yoga" } } });
        var toClub = await NoticeHost.ReceiveAsync(_host.Sink, 2);

        Assert.Equal(("/v3/conversations/dm-holder/activities", "活动地点改到2楼"), (toActivity.Path, toActivity.Activity.Text));
        Assert.Equal(new[] { "/v3/conversations/dm-holder/activities", "/v3/conversations/dm-waiter/activities" }, toClub.Select(r => r.Path).Order());
        Assert.True(await _host.NothingMoreAsync(TimeSpan.FromMilliseconds(500)));
    }

    private async Task NoticeAsync(object body)
    {
        using var response = await _host.AdminAsync(HttpMethod.Post, "api/admin/notices", body);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<DateTimeOffset> StartsAtAsync(string id)
    {
        using var response = await _host.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("startsAt").GetDateTimeOffset();
    }

    private async Task<List<DateTimeOffset>> ReminderTimesAsync(string id)
    {
        var scheduler = await _host.Bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var triggers = await scheduler.GetTriggersOfJob(JobKeys.Reminder(id));
        return [.. triggers.Select(t => t.StartTimeUtc).Order()];
    }
}
