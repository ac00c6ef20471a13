using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>
/// Staff move an activity through the admin API; members signed up or waiting hear about it once, in their
/// language, old → new, through the outbox. Other edits and non-changes are silent; bad input changes nothing.
/// </summary>
public sealed class ActivityChangeApiTests : IAsyncLifetime
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private SignUpTestHost _host = null!;
    private string _token = null!;

    public async Task InitializeAsync()
    {
        _host = await SignUpTestHost.StartAsync();
        _token = await _host.TokenAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_new_time_and_place_tells_everyone_signed_up_and_waiting_exactly_once_in_their_language()
    {
        var id = await _host.CreateActivityAsync(capacity: 2, startsIn: TimeSpan.FromDays(3));
        await _host.SendAsync(_host.PostBack("zh1", "signup", id));
        await _host.SendAsync(_host.PostBack("en1", "signup", id) with { Locale = "en-US" });
        await _host.SendAsync(_host.PostBack("zh2", "signup", id));
        var (old, _) = await StartAsync(id);
        var moved = old.AddDays(1).AddHours(-4);

        using var put = await PutAsync(id, moved, "工人文化宫 2 楼");
        var told = new[] { await _host.Sink.NextAsync(), await _host.Sink.NextAsync(), await _host.Sink.NextAsync() }
            .ToDictionary(r => r.Activity.Recipient!.Id!, r => r.Activity);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(["en1", "zh1", "zh2"], told.Keys.Order());
        Assert.StartsWith("您报名的「瑜伽体验课」有变动：", told["zh1"].Text, StringComparison.Ordinal);
        Assert.Contains($"时间由 {Zh(old)}", told["zh1"].Text, StringComparison.Ordinal);
        Assert.Contains($"改为 {Zh(moved)}", told["zh1"].Text, StringComparison.Ordinal);
        Assert.Contains("地点由 职工之家 3 楼 改为 工人文化宫 2 楼", told["zh1"].Text, StringComparison.Ordinal);
        Assert.StartsWith("您候补的「瑜伽体验课」有变动：", told["zh2"].Text, StringComparison.Ordinal);
        Assert.StartsWith("“Yoga taster”, which you signed up for, has changed:", told["en1"].Text, StringComparison.Ordinal);
        Assert.Contains("Place: 职工之家 3 楼 → 工人文化宫 2 楼", told["en1"].Text, StringComparison.Ordinal);
        Assert.Equal("en-US", told["en1"].Locale);
        Assert.True(await _host.NothingMoreAsync(TimeSpan.FromMilliseconds(500)));
        Assert.Equal(3L, _host.Bot.Count("outbox WHERE kind = 'activity_changed'"));
        using var history = await _host.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}/changes", token: _token);
        var change = Assert.Single((await history.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        Assert.Equal((1, "职工之家 3 楼", "工人文化宫 2 楼"), (change.GetProperty("version").GetInt32(), change.GetProperty("old").GetProperty("place").GetString(), change.GetProperty("new").GetProperty("place").GetString()));
        Assert.Equal(moved, change.GetProperty("new").GetProperty("startsAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Saving_the_same_values_or_changing_only_the_title_and_capacity_tells_nobody()
    {
        var id = await _host.CreateActivityAsync(capacity: 2, startsIn: TimeSpan.FromDays(3));
        await _host.SendAsync(_host.PostBack("m1", "signup", id));
        var (start, _) = await StartAsync(id);

        using var same = await PutAsync(id, start, "职工之家 3 楼");
        using var retitled = await PutAsync(id, start, "职工之家 3 楼", title: "瑜伽体验课（加场）", capacity: 5);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (same.StatusCode, retitled.StatusCode));
        Assert.Equal(5, (await retitled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("capacity").GetInt32());
        Assert.True(await _host.NothingMoreAsync(TimeSpan.FromMilliseconds(500)));
        Assert.Equal(0L, _host.Bot.Count("activity_changes"));
    }

    [Fact]
    public async Task An_end_before_the_start_is_400_an_unknown_activity_404_and_no_staff_token_401_and_nothing_changes()
    {
        var id = await _host.CreateActivityAsync(capacity: 2, startsIn: TimeSpan.FromDays(3));
        await _host.SendAsync(_host.PostBack("m1", "signup", id));
        var (start, _) = await StartAsync(id);

        using var backwards = await _host.AdminAsync(HttpMethod.Put, $"api/admin/activities/{id}", new
        {
            title = "瑜伽体验课", startsAt = start.AddDays(1).ToString("O"), endsAt = start.ToString("O"), place = "别处", capacity = 2,
        }, _token);
        using var unknown = await PutAsync("act-nope", start, "别处");
        using var anonymous = await _host.Bot.Http.PutAsJsonAsync($"api/admin/activities/{id}", new { title = "x", startsAt = start.AddDays(1).ToString("O"), capacity = 2 });

        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.True((await backwards.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("endsAt", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal((start, "职工之家 3 楼"), await StartAsync(id));
        Assert.Equal(0L, _host.Bot.Count("activity_changes"));
        Assert.True(await _host.NothingMoreAsync(TimeSpan.FromMilliseconds(300)));
    }

    private Task<HttpResponseMessage> PutAsync(string id, DateTimeOffset start, string place, string title = "瑜伽体验课", int capacity = 2) =>
        _host.AdminAsync(HttpMethod.Put, $"api/admin/activities/{id}", new
        {
            title, titleEn = "Yoga taster", startsAt = start.ToString("O"), endsAt = start.AddHours(2).ToString("O"), place, capacity,
        }, _token);

    private async Task<(DateTimeOffset Start, string? Place)> StartAsync(string id)
    {
        using var response = await _host.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}", token: _token);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("startsAt").GetDateTimeOffset(), body.GetProperty("place").GetString());
    }

    private static string Zh(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Shanghai);
        return string.Create(CultureInfo.InvariantCulture, $"{local.Month}月{local.Day}日");
    }
}
