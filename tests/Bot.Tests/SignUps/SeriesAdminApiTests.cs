using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>
/// Weekly series through the admin API: created as ordinary activities with their own sign-ups; one occurrence
/// changed alone, or all to come at once (each telling its own members); cancelled from one on.
/// </summary>
public sealed class SeriesAdminApiTests : IAsyncLifetime
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
    public async Task A_weekly_series_is_created_as_occurrences_seven_days_apart_at_the_same_local_time()
    {
        var first = NextWednesday();
        using var created = await CreateAsync(new { title = "周三羽毛球", titleEn = "Wednesday badminton", startsAt = Local(first), endsAt = Local(first.AddHours(2)), place = "体育馆", capacity = 12, until = first.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var occurrences = body.GetProperty("occurrences").EnumerateArray().ToList();
        using var list = await _host.AdminAsync(HttpMethod.Get, "api/admin/activity-series", token: _token);
        using var one = await _host.AdminAsync(HttpMethod.Get, $"api/admin/activities/{occurrences[1].GetProperty("id").GetString()}", token: _token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(3, occurrences.Count);
        Assert.Equal([first, first.AddDays(7), first.AddDays(14)], occurrences.Select(o => o.GetProperty("startsAt").GetDateTimeOffset()));
        Assert.All(occurrences, o => Assert.Equal(12, o.GetProperty("capacity").GetInt32()));
        var series = Assert.Single((await list.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        Assert.Equal((body.GetProperty("id").GetString(), 3), (series.GetProperty("id").GetString(), series.GetProperty("upcoming").GetInt32()));
        var fetched = await one.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((body.GetProperty("id").GetString(), 2), (fetched.GetProperty("seriesId").GetString(), fetched.GetProperty("seriesIndex").GetInt32()));
    }

    [Theory]
    [InlineData(0, null, "occurrences")]
    [InlineData(53, null, "occurrences")]
    [InlineData(4, "2099-01-01", "occurrences")]
    [InlineData(null, null, "occurrences")]
    [InlineData(null, "2199-01-01", "until")]
    [InlineData(null, "not-a-date", "until")]
    public async Task A_series_of_none_or_more_than_52_or_without_a_clear_end_is_400_and_creates_nothing(int? occurrences, string? until, string field)
    {
        var first = NextWednesday();

        using var response = await CreateAsync(new { title = "周三羽毛球", startsAt = Local(first), capacity = 12, occurrences, until });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal((0L, 0L), (_host.Bot.Count("activity_series"), _host.Bot.Count("activities")));
    }

    [Fact]
    public async Task Without_a_staff_token_it_is_401_and_unknown_series_are_404()
    {
        using var anonymous = await _host.Bot.Http.PostAsync("api/admin/activity-series", new StringContent("{}", Encoding.UTF8, "application/json"));
        using var get = await _host.AdminAsync(HttpMethod.Get, "api/admin/activity-series/ser-nope", token: _token);
        using var put = await _host.AdminAsync(HttpMethod.Put, "api/admin/activity-series/ser-nope", new { place = "别处" }, _token);
        using var cancel = await _host.AdminAsync(HttpMethod.Post, "api/admin/activity-series/ser-nope/cancel", token: _token);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { get.StatusCode, put.StatusCode, cancel.StatusCode });
    }

    [Fact]
    public async Task One_occurrence_changes_alone_all_to_come_change_together_and_cancelling_from_one_on_tells_their_members()
    {
        var first = NextWednesday();
        using var created = await CreateAsync(new { title = "周三羽毛球", startsAt = Local(first), endsAt = Local(first.AddHours(2)), place = "体育馆", capacity = 12, occurrences = 3 });
        var seriesId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var ids = await OccurrenceIdsAsync(seriesId);
        string[] members = ["w1", "w2", "w3"];
        for (var i = 0; i < 3; i++)
        {
            await _host.SendAsync(_host.PostBack(members[i], "signup", ids[i]));
        }

        using var one = await _host.AdminAsync(HttpMethod.Put, $"api/admin/activities/{ids[1]}", new
        {
            title = "周三羽毛球", startsAt = Local(first.AddDays(7)), endsAt = Local(first.AddDays(7).AddHours(2)), place = "职工之家 5 楼", capacity = 12,
        }, _token);
        var toldOne = await _host.Sink.NextAsync();
        Assert.True(await _host.NothingMoreAsync(TimeSpan.FromMilliseconds(500)));

        using var all = await _host.AdminAsync(HttpMethod.Put, $"api/admin/activity-series/{seriesId}", new { startTime = "19:30" }, _token);
        var toldAll = new[] { await _host.Sink.NextAsync(), await _host.Sink.NextAsync(), await _host.Sink.NextAsync() };
        Assert.True(await _host.NothingMoreAsync(TimeSpan.FromMilliseconds(500)));

        using var cancel = await _host.AdminAsync(HttpMethod.Post, $"api/admin/activity-series/{seriesId}/cancel?fromActivityId={ids[1]}", token: _token);
        var toldCancel = new[] { await _host.Sink.NextAsync(), await _host.Sink.NextAsync() };

        Assert.Equal((HttpStatusCode.OK, "w2"), (one.StatusCode, toldOne.Activity.Recipient!.Id));
        Assert.Contains("地点由 体育馆 改为 职工之家 5 楼", toldOne.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(3, (await all.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("told").GetInt32());
        Assert.Equal(members, toldAll.Select(r => r.Activity.Recipient!.Id).Order());
        Assert.All(toldAll, r => Assert.Contains("19:00–21:00 改为", r.Activity.Text, StringComparison.Ordinal));
        Assert.All(toldAll, r => Assert.Contains("19:30–21:30", r.Activity.Text, StringComparison.Ordinal));
        Assert.Equal(["w2", "w3"], toldCancel.Select(r => r.Activity.Recipient!.Id).Order());
        Assert.All(toldCancel, r => Assert.Contains("已取消", r.Activity.Text, StringComparison.Ordinal));
        var statuses = (await cancel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("occurrences").EnumerateArray().Select(o => o.GetProperty("status").GetString());
        Assert.Equal(["active", "cancelled", "cancelled"], statuses);
        Assert.True(await _host.NothingMoreAsync(TimeSpan.FromMilliseconds(500)));
    }

    private Task<HttpResponseMessage> CreateAsync(object body) => _host.AdminAsync(HttpMethod.Post, "api/admin/activity-series", body, _token);

    private async Task<List<string>> OccurrenceIdsAsync(string seriesId)
    {
        using var response = await _host.AdminAsync(HttpMethod.Get, $"api/admin/activity-series/{seriesId}", token: _token);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("occurrences").EnumerateArray().Select(o => o.GetProperty("id").GetString()!)];
    }

    /// <summary>19:00 Shanghai time on the first Wednesday at least two days ahead.</summary>
    private DateTimeOffset NextWednesday()
    {
        var day = TimeZoneInfo.ConvertTime(_host.Clock.GetUtcNow(), Shanghai).Date.AddDays(2);
        while (day.DayOfWeek != DayOfWeek.Wednesday)
        {
            day = day.AddDays(1);
        }

        return new DateTimeOffset(day.AddHours(19), TimeSpan.FromHours(8));
    }

    private static string Local(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
