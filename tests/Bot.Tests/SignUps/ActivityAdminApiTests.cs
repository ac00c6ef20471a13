using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>The activities admin API as scripts and the staff console use it.</summary>
public sealed partial class ActivityAdminApiTests : IAsyncLifetime
{
    private SignUpTestHost _host = null!;
    private string _token = null!;

    public async Task InitializeAsync()
    {
        _host = await SignUpTestHost.StartAsync(seed: true);
        _token = await _host.TokenAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Creating_an_activity_as_the_contract_says_returns_201_with_its_id_and_times()
    {
        using var response = await _host.AdminAsync(HttpMethod.Post, "api/admin/activities", new
        {
            title = "书法入门课",
            titleEn = "Calligraphy basics",
            clubId = "calligraphy",
            startsAt = "2099-12-05T14:00:00+08:00",
            endsAt = "2099-12-05T16:00:00",
            place = "职工之家 4 楼",
            capacity = 15,
            signUpDeadline = "2099-12-04T18:00:00+08:00",
        }, _token);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal(new DateTimeOffset(2099, 12, 5, 6, 0, 0, TimeSpan.Zero), body.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2099, 12, 5, 8, 0, 0, TimeSpan.Zero), body.GetProperty("endsAt").GetDateTimeOffset());
        Assert.Equal(15, body.GetProperty("capacity").GetInt32());
        Assert.Equal("calligraphy", body.GetProperty("clubId").GetString());
        Assert.Matches("^[0-9]{6}$", body.GetProperty("checkInCode").GetString()!);
        using var get = await _host.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}", token: _token);
        Assert.Equal("书法入门课", (await get.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Chinese_comes_back_as_Chinese_not_unicode_escapes_while_html_characters_stay_escaped()
    {
        using var created = await _host.AdminAsync(HttpMethod.Post, "api/admin/activities", new
        {
            title = "书法入门课 <b>",
            startsAt = "2099-12-05T14:00:00+08:00",
            place = "职工之家 4 楼",
            capacity = 15,
        }, _token);
        var raw = await created.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains("\"title\":\"书法入门课 \\u003Cb\\u003E\"", raw, StringComparison.Ordinal);
        Assert.Contains("\"place\":\"职工之家 4 楼\"", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u4E66", raw, StringComparison.OrdinalIgnoreCase);
        using var list = await _host.AdminAsync(HttpMethod.Get, "api/admin/activities", token: _token);
        Assert.Contains("书法入门课", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"startsAt":"2099-12-05T14:00:00+08:00","capacity":10}""", "title")]
    [InlineData("""{"title":"x","startsAt":"2099-12-05T14:00:00+08:00","capacity":0}""", "capacity")]
    [InlineData("""{"title":"x","startsAt":"next tuesday","capacity":5}""", "startsAt")]
    [InlineData("""{"title":"x","startsAt":"2001-01-01T00:00:00Z","capacity":5}""", "startsAt")]
    [InlineData("""{"title":"x","startsAt":"2099-12-05T14:00:00Z","endsAt":"2099-12-05T13:00:00Z","capacity":5}""", "endsAt")]
    [InlineData("""{"title":"x","startsAt":"2099-12-05T14:00:00Z","signUpDeadline":"2099-12-06T00:00:00Z","capacity":5}""", "signUpDeadline")]
    [InlineData("""{"title":"x","startsAt":"2099-12-05T14:00:00Z","capacity":5,"clubId":"no-such-club"}""", "clubId")]
    [InlineData("""{"title":"x","startsAt":"2099-12-05T14:00:00Z","capacity":"many"}""", null)]
    [InlineData("""[1,2,3]""", null)]
    public async Task Bad_activity_input_is_a_400_problem_naming_the_field_and_creates_nothing(string json, string? field)
    {
        var before = _host.Bot.Count("activities");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/admin/activities")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _token);

        using var response = await _host.Bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        }

        Assert.Equal(before, _host.Bot.Count("activities"));
    }

    [Theory]
    [InlineData("GET", "api/admin/activities/act-nope")]
    [InlineData("GET", "api/admin/activities/act-nope/roster")]
    [InlineData("GET", "api/admin/activities/act-nope/roster.csv")]
    [InlineData("POST", "api/admin/activities/act-nope/cancel")]
    [InlineData("GET", "api/admin/activities/act-nope/checkin-code")]
    [InlineData("GET", "api/admin/clubs/nope")]
    public async Task Unknown_ids_are_404(string method, string path)
    {
        using var response = await _host.AdminAsync(new HttpMethod(method), path, token: _token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Cancelling_an_activity_tells_everyone_signed_up_and_closes_it()
    {
        var id = await _host.CreateActivityAsync(capacity: 1, startsIn: TimeSpan.FromDays(2), token: _token);
        await _host.SendAsync(_host.PostBack("k1", "signup", id));
        await _host.SendAsync(_host.PostBack("k2", "signup", id));

        using var response = await _host.AdminAsync(HttpMethod.Post, $"api/admin/activities/{id}/cancel", token: _token);

        Assert.Equal("cancelled", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var notices = new[] { await _host.Sink.NextAsync(), await _host.Sink.NextAsync() };
        Assert.Equal(["k1", "k2"], notices.Select(n => n.Activity.Recipient!.Id).Order());
        Assert.All(notices, n => Assert.Contains("已取消", n.Activity.Text, StringComparison.Ordinal));
        Assert.All(notices, n => Assert.Null(n.Activity.ReplyToId));
        Assert.True(await _host.NothingMoreAsync(TimeSpan.FromMilliseconds(500)));
        var late = await _host.SendAsync(_host.PostBack("k3", "signup", id));
        Assert.Contains("已取消，无法报名", late.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raising_capacity_promotes_the_waitlist_and_lowering_it_below_the_seats_taken_is_refused()
    {
        var id = await _host.CreateActivityAsync(capacity: 1, startsIn: TimeSpan.FromDays(2), token: _token);
        await _host.SendAsync(_host.PostBack("r1", "signup", id));
        await _host.SendAsync(_host.PostBack("r2", "signup", id));
        var startsAt = _host.Clock.GetUtcNow().AddDays(2).ToString("O");
        var endsAt = _host.Clock.GetUtcNow().AddDays(2).AddHours(2).ToString("O");
        const string place = "职工之家 3 楼";

        using var grow = await _host.AdminAsync(HttpMethod.Put, $"api/admin/activities/{id}", new { title = "瑜伽体验课", startsAt, endsAt, place, capacity = 2 }, _token);
        var promoted = await _host.Sink.NextAsync();
        using var shrink = await _host.AdminAsync(HttpMethod.Put, $"api/admin/activities/{id}", new { title = "瑜伽体验课", startsAt, endsAt, place, capacity = 1 }, _token);

        Assert.Equal(HttpStatusCode.OK, grow.StatusCode);
        Assert.Equal("r2", promoted.Activity.Recipient!.Id);
        Assert.StartsWith("好消息", promoted.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, shrink.StatusCode);
    }

    [Fact]
    public async Task Clubs_can_be_created_updated_and_closed_and_a_closed_club_takes_no_new_activities()
    {
        using var created = await _host.AdminAsync(HttpMethod.Post, "api/admin/clubs", new { id = "badminton", name = "羽毛球俱乐部", nameEn = "Badminton Club" }, _token);
        using var duplicate = await _host.AdminAsync(HttpMethod.Post, "api/admin/clubs", new { id = "badminton", name = "又一个" }, _token);
        using var updated = await _host.AdminAsync(HttpMethod.Put, "api/admin/clubs/badminton", new { name = "羽毛球俱乐部", schedule = "每周五 18:00" }, _token);
        using var closed = await _host.AdminAsync(HttpMethod.Post, "api/admin/clubs/badminton/close", token: _token);
        using var activity = await _host.AdminAsync(HttpMethod.Post, "api/admin/activities",
            new { title = "羽毛球赛", clubId = "badminton", startsAt = "2099-01-01T10:00:00+08:00", capacity = 8 }, _token);
        using var list = await _host.AdminAsync(HttpMethod.Get, "api/admin/clubs", token: _token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("每周五 18:00", (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("schedule").GetString());
        Assert.Equal("closed", (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, activity.StatusCode);
        var names = (await list.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Contains("瑜伽俱乐部", names);
        Assert.Contains("非遗手工俱乐部", names);
        Assert.DoesNotContain("羽毛球俱乐部", names);
    }
}
