using System.Net;
using System.Text.Json;
using static EngageBot.Bot.Tests.MemberPage.MemberPageApi;

namespace EngageBot.Bot.Tests.MemberPage;

/// <summary>
/// The member page's activities screen: upcoming activities with seats left and the form to fill, sign-up with the
/// form's answers checked as in chat, a full activity's waitlist, and refusals that change nothing.
/// </summary>
public sealed class MemberActivityApiTests : IAsyncLifetime
{
    private MemberPageApi _api = null!;

    public async Task InitializeAsync() => _api = await StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_member_signs_up_with_the_form_the_next_one_is_waitlisted_and_the_list_shows_seats_and_own_places()
    {
        var id = await _api.ActivityAsync("羽毛球友谊赛", capacity: 1, startsIn: TimeSpan.FromDays(2));
        await _api.FormAsync(id);
        var a = await _api.SignInAsync("MA1", "马一");
        var b = await _api.SignInAsync("MA2", "马二");

        var before = await _api.ListedAsync(a, id);
        using var first = await _api.CallAsync(a, HttpMethod.Post, $"api/members/activities/{id}/signup", new { answers = new { dept = "技术部", size = "m" } });
        using var second = await _api.CallAsync(b, HttpMethod.Post, $"api/members/activities/{id}/signup", new { answers = new { dept = "工会办" } }, lang: "en-US");
        using var again = await _api.CallAsync(a, HttpMethod.Post, $"api/members/activities/{id}/signup", new { }); // no answers: still "already"
        var afterA = await _api.ListedAsync(a, id);
        var afterB = await _api.ListedAsync(b, id);
        var mine = Assert.Single(await _api.MySignUpsAsync(a));

        Assert.Equal((1, 0, true), (before.GetProperty("seatsLeft").GetInt32(), before.GetProperty("waitlisted").GetInt32(), before.GetProperty("signUpOpen").GetBoolean()));
        Assert.False(before.TryGetProperty("myStatus", out _));
        Assert.Equal(["dept", "size"], before.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("key").GetString()));
        var ok = await JsonAsync(first);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("confirmed", ok.GetProperty("status").GetString());
        Assert.StartsWith("报名成功", ok.GetProperty("message").GetString(), StringComparison.Ordinal);
        var waiting = await JsonAsync(second);
        Assert.Equal(("waitlisted", 1), (waiting.GetProperty("status").GetString(), waiting.GetProperty("waitlistPlace").GetInt32()));
        Assert.Contains("waitlist at place 1", waiting.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("无需重复报名", (await JsonAsync(again)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal((0, 1, "confirmed"), (afterA.GetProperty("seatsLeft").GetInt32(), afterA.GetProperty("waitlisted").GetInt32(), afterA.GetProperty("myStatus").GetString()));
        Assert.Equal("waitlisted", afterB.GetProperty("myStatus").GetString());
        Assert.Equal("技术部", mine.GetProperty("answers").GetProperty("dept").GetString());
        Assert.Equal("M", mine.GetProperty("answers").GetProperty("size").GetString()); // the option as staff wrote it, as chat stores it
    }

    [Fact]
    public async Task Form_errors_name_the_field_in_the_members_language_and_take_no_seat()
    {
        var id = await _api.ActivityAsync("亲子手工课", capacity: 5, startsIn: TimeSpan.FromDays(2));
        await _api.FormAsync(id);
        var a = await _api.SignInAsync("MB1", "牛一");

        using var missing = await _api.CallAsync(a, HttpMethod.Post, $"api/members/activities/{id}/signup", new { answers = new { size = "XL" } });
        using var english = await _api.CallAsync(a, HttpMethod.Post, $"api/members/activities/{id}/signup?lang=en", new { answers = new { dept = "", color = "red" } });
        using var notJson = await _api.CallAsync(a, HttpMethod.Post, $"api/members/activities/{id}/signup",
            new StringContent("{", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var errors = (await JsonAsync(missing)).GetProperty("errors");
        Assert.Contains("部门", errors.GetProperty("answers.dept")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("S", errors.GetProperty("answers.size")[0].GetString(), StringComparison.Ordinal);
        var en = await JsonAsync(english);
        Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);
        Assert.Contains("required", en.GetProperty("errors").GetProperty("answers.dept")[0].GetString(), StringComparison.Ordinal);
        Assert.True(en.GetProperty("errors").TryGetProperty("answers.color", out _));
        Assert.Equal("Please check your answers and send them again.", en.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Empty(await _api.MySignUpsAsync(a));
        Assert.Equal(5, (await _api.ListedAsync(a, id)).GetProperty("seatsLeft").GetInt32());
    }

    [Fact]
    public async Task Unknown_activities_closed_sign_up_unknown_clubs_and_calls_without_a_token_are_refused()
    {
        var id = await _api.ActivityAsync("读书会", capacity: 5, startsIn: TimeSpan.FromHours(5), deadlinesIn: TimeSpan.FromHours(1));
        var a = await _api.SignInAsync("MC1", "孔一");

        using var anonymousList = await _api.CallAsync(null, HttpMethod.Get, "api/members/activities");
        using var anonymousSignUp = await _api.CallAsync(null, HttpMethod.Post, $"api/members/activities/{id}/signup", new { });
        using var forged = await _api.CallAsync(JsonDocument.Parse("""{"sessionToken":"not-a-token"}""").RootElement, HttpMethod.Get, "api/members/me/signups");
        using var unknown = await _api.CallAsync(a, HttpMethod.Post, "api/members/activities/act-000000000000/signup", new { }, lang: "en");
        using var club = await _api.CallAsync(a, HttpMethod.Get, "api/members/activities?clubId=no-such-club");
        _api.Clock.Advance(TimeSpan.FromHours(2));
        using var closed = await _api.CallAsync(a, HttpMethod.Post, $"api/members/activities/{id}/signup", new { });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymousList.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousSignUp.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.StartsWith("There is no such activity", (await JsonAsync(unknown)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, club.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Contains("报名已于", (await JsonAsync(closed)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False((await _api.ListedAsync(a, id)).GetProperty("signUpOpen").GetBoolean());
        Assert.Empty(await _api.MySignUpsAsync(a));
    }

    [Fact]
    public async Task Members_signing_up_at_once_never_take_more_seats_than_there_are()
    {
        var id = await _api.ActivityAsync("周末登山", capacity: 2, startsIn: TimeSpan.FromDays(3));
        var sessions = new List<JsonElement>();
        foreach (var n in new[] { "MD1", "MD2", "MD3", "MD4", "MD5" })
        {
            sessions.Add(await _api.SignInAsync(n, "会员" + n));
        }

        var responses = await Task.WhenAll(sessions.Select(s => _api.CallAsync(s, HttpMethod.Post, $"api/members/activities/{id}/signup", new { })));
        var statuses = new List<string>();
        foreach (var response in responses)
        {
            using (response)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                statuses.Add((await JsonAsync(response)).GetProperty("status").GetString()!);
            }
        }

        var listed = await _api.ListedAsync(sessions[0], id);
        Assert.Equal(2, statuses.Count(s => s == "confirmed"));
        Assert.Equal(3, statuses.Count(s => s == "waitlisted"));
        Assert.Equal((0, 3), (listed.GetProperty("seatsLeft").GetInt32(), listed.GetProperty("waitlisted").GetInt32()));
    }

    [Fact]
    public async Task The_club_filter_lists_only_that_clubs_activities_and_offers_the_clubs()
    {
        using var club = await _api.Members.AdminAsync(HttpMethod.Post, "api/admin/clubs", new { id = "taiji", name = "太极俱乐部", nameEn = "Tai chi club" });
        Assert.Equal(HttpStatusCode.Created, club.StatusCode);
        var taiji = await _api.ActivityAsync("太极晨练", capacity: 10, startsIn: TimeSpan.FromDays(1), clubId: "taiji");
        var other = await _api.ActivityAsync("摄影讲座", capacity: 10, startsIn: TimeSpan.FromDays(1));
        var a = await _api.SignInAsync("ME1", "石一");

        var all = await _api.GetAsync(a, "api/members/activities");
        var filtered = await _api.GetAsync(a, "api/members/activities?clubId=taiji");

        Assert.Equal(new[] { taiji, other }.Order(), all.GetProperty("activities").EnumerateArray().Select(x => x.GetProperty("id").GetString()!).Order());
        var only = Assert.Single(filtered.GetProperty("activities").EnumerateArray());
        Assert.Equal((taiji, "太极俱乐部", "Tai chi club"), (only.GetProperty("id").GetString(), only.GetProperty("clubName").GetString(), only.GetProperty("clubNameEn").GetString()));
        Assert.Contains(all.GetProperty("clubs").EnumerateArray(), c => c.GetProperty("id").GetString() == "taiji");
    }
}
