using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Core.Protocol;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>A fresh install's sample clubs, and promotions told in the member's own 1:1 chat.</summary>
public sealed class SignUpSeedingAndGroupTests : IAsyncLifetime
{
    private SignUpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SignUpTestHost.StartAsync(seed: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_fresh_install_has_the_union_clubs_and_upcoming_activities_once_even_after_a_restart()
    {
        var path = _host.Bot.DatabasePath;
        await _host.DisposeAsync();
        _host = await SignUpTestHost.StartAsync(seed: true, databasePath: path);

        using var clubs = await _host.AdminAsync(HttpMethod.Get, "api/admin/clubs");
        using var activities = await _host.AdminAsync(HttpMethod.Get, "api/admin/activities");

        var names = (await clubs.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        string[] expected = ["棋牌俱乐部", "瑜伽俱乐部", "书画俱乐部", "摄影俱乐部", "太极拳俱乐部", "网球俱乐部", "健身操舞俱乐部", "非遗手工俱乐部"];
        Assert.Equal(expected.Order(), names.Order());
        var upcoming = (await activities.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal(8, upcoming.Count);
        Assert.All(upcoming, a =>
        {
            var starts = a.GetProperty("startsAt").GetDateTimeOffset();
            Assert.InRange(starts - _host.Clock.GetUtcNow(), TimeSpan.Zero, TimeSpan.FromDays(8));
            Assert.Equal(TimeSpan.FromHours(8), starts.Offset);
        });
    }

    [Fact]
    public async Task A_member_waitlisted_from_a_group_is_told_of_the_promotion_in_their_own_chat()
    {
        var id = await _host.CreateActivityAsync(capacity: 1, startsIn: TimeSpan.FromDays(2));
        await _host.SendAsync(_host.PostBack("holder", "signup", id));
        await _host.SayAsync("g1", "我的报名");
        var inGroup = _host.PostBack("g1", "signup", id) with { Conversation = new ConversationAccount { Id = "group-1", IsGroup = true } };
        var waitlisted = await _host.SendAsync(inGroup);

        await _host.SendAsync(_host.PostBack("holder", "cancel", id));
        // The confirmation's reply to the holder and the promotion notice leave at about the same time, in either order.
        await _host.Bot.PostActivityAsync(_host.Message("holder", "是"));
        var arrived = new[] { await _host.Sink.NextAsync(), await _host.Sink.NextAsync() };
        var notice = Assert.Single(arrived, r => r.Path.Contains("dm-g1", StringComparison.Ordinal));

        Assert.Equal("/v3/conversations/group-1/activities/" + inGroup.Id, waitlisted.Path);
        Assert.Contains("第1位", waitlisted.Activity.Text, StringComparison.Ordinal);
        Assert.Equal("/v3/conversations/dm-g1/activities", notice.Path);
        Assert.StartsWith("好消息", notice.Activity.Text, StringComparison.Ordinal);
        Assert.True(await _host.NothingMoreAsync(TimeSpan.FromMilliseconds(500)));
    }
}
