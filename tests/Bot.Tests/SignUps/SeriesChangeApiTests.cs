using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>
/// Changing a weekly series through <c>PUT /api/admin/activity-series/{id}</c> (what the console's series form sends):
/// all to come, or from one occurrence on; a new time that would put an occurrence not started yet in the past is a
/// 400 that changes nothing; one sign-up form for every occurrence to come; the series list shows the current title.
/// </summary>
public sealed class SeriesChangeApiTests : IAsyncLifetime
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private SignUpTestHost _host = null!;
    private string _token = null!;
    private DateTimeOffset _first;

    public async Task InitializeAsync()
    {
        _host = await SignUpTestHost.StartAsync();
        // Tomorrow 10:00 in Shanghai; the first session is at 12:00 the same day, so 09:00 would already be past.
        var tomorrow = TimeZoneInfo.ConvertTime(_host.Clock.GetUtcNow(), Shanghai).Date.AddDays(1);
        _host.Clock.Set(new DateTimeOffset(tomorrow.AddHours(10), TimeSpan.FromHours(8)));
        _first = new DateTimeOffset(tomorrow.AddHours(12), TimeSpan.FromHours(8));
        _token = await _host.TokenAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task From_one_occurrence_on_changes_only_those_and_all_to_come_changes_every_one()
    {
        var (seriesId, ids) = await CreateAsync();

        using var fromSecond = await PutAsync(seriesId, new { fromActivityId = ids[1], title = "周三羽毛球（进阶）", place = "职工之家 5 楼" });
        var changed = await OccurrencesAsync(seriesId);

        Assert.Equal(HttpStatusCode.OK, fromSecond.StatusCode);
        Assert.Equal(["周三羽毛球", "周三羽毛球（进阶）", "周三羽毛球（进阶）"], changed.Select(o => o.GetProperty("title").GetString()));
        Assert.Equal(["体育馆", "职工之家 5 楼", "职工之家 5 楼"], changed.Select(o => o.GetProperty("place").GetString()));

        using var all = await PutAsync(seriesId, new { startTime = "18:30", durationMinutes = 60 });
        var moved = await OccurrencesAsync(seriesId);

        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        // 12:00 → 18:30 local on each day, the first session (today, not started yet) included.
        Assert.Equal([_first.AddMinutes(390), _first.AddDays(7).AddMinutes(390), _first.AddDays(14).AddMinutes(390)], moved.Select(o => o.GetProperty("startsAt").GetDateTimeOffset()));
        Assert.All(moved, o => Assert.Equal(TimeSpan.FromHours(1), o.GetProperty("endsAt").GetDateTimeOffset() - o.GetProperty("startsAt").GetDateTimeOffset()));
    }

    [Fact]
    public async Task A_time_that_would_put_an_occurrence_to_come_in_the_past_is_400_and_changes_nothing_but_from_the_next_on_it_is_fine()
    {
        var (seriesId, ids) = await CreateAsync();

        using var past = await PutAsync(seriesId, new { startTime = "09:00", place = "别处" });
        var problem = await past.Content.ReadFromJsonAsync<JsonElement>();
        var unchanged = await OccurrencesAsync(seriesId);

        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("would start in the past", problem.GetProperty("errors").GetProperty("startTime")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal([_first, _first.AddDays(7), _first.AddDays(14)], unchanged.Select(o => o.GetProperty("startsAt").GetDateTimeOffset()));
        Assert.All(unchanged, o => Assert.Equal("体育馆", o.GetProperty("place").GetString()));

        using var fromNext = await PutAsync(seriesId, new { fromActivityId = ids[1], startTime = "09:00" });
        var moved = await OccurrencesAsync(seriesId);

        Assert.Equal(HttpStatusCode.OK, fromNext.StatusCode);
        Assert.Equal([_first, _first.AddDays(7).AddHours(-3), _first.AddDays(14).AddHours(-3)], moved.Select(o => o.GetProperty("startsAt").GetDateTimeOffset()));
    }

    [Fact]
    public async Task One_form_for_every_occurrence_to_come_and_the_series_list_shows_the_title_staff_changed_to()
    {
        var (seriesId, ids) = await CreateAsync();

        using var form = await _host.AdminAsync(HttpMethod.Put, $"api/admin/activity-series/{seriesId}/form",
            new { fields = new[] { new { label = "部门", kind = "text", required = true } } }, _token);
        using var renamed = await PutAsync(seriesId, new { title = "周三羽毛球（新）" });
        using var list = await _host.AdminAsync(HttpMethod.Get, "api/admin/activity-series", token: _token);

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(ids, (await form.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(f => f.GetProperty("activityId").GetString()!));
        foreach (var id in ids)
        {
            using var one = await _host.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}/form", token: _token);
            Assert.Equal("部门", (await one.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fields")[0].GetProperty("label").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("周三羽毛球（新）", Assert.Single((await list.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()).GetProperty("title").GetString());
    }

    private async Task<(string SeriesId, List<string> Ids)> CreateAsync()
    {
        using var created = await _host.AdminAsync(HttpMethod.Post, "api/admin/activity-series", new
        {
            title = "周三羽毛球", startsAt = Local(_first), endsAt = Local(_first.AddHours(2)), place = "体育馆", capacity = 12, occurrences = 3,
        }, _token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var seriesId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        return (seriesId, [.. (await OccurrencesAsync(seriesId)).Select(o => o.GetProperty("id").GetString()!)]);
    }

    private Task<HttpResponseMessage> PutAsync(string seriesId, object body) => _host.AdminAsync(HttpMethod.Put, $"api/admin/activity-series/{seriesId}", body, _token);

    private async Task<List<JsonElement>> OccurrencesAsync(string seriesId)
    {
        using var response = await _host.AdminAsync(HttpMethod.Get, $"api/admin/activity-series/{seriesId}", token: _token);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("occurrences").EnumerateArray().Select(o => o.Clone())];
    }

    private static string Local(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
