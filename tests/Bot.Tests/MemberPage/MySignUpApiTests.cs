using System.Net;
using static EngageBot.Bot.Tests.MemberPage.MemberPageApi;

namespace EngageBot.Bot.Tests.MemberPage;

/// <summary>
/// "我的报名 / My sign-ups" on the member page: a member sees only their own sign-ups, changes the answers and
/// cancels before the deadline (a freed seat goes to the waitlist), checks in inside the window; nobody can touch
/// another member's sign-up, and every refusal changes nothing.
/// </summary>
public sealed class MySignUpApiTests : IAsyncLifetime
{
    private MemberPageApi _api = null!;

    public async Task InitializeAsync() => _api = await StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_member_changes_their_answers_and_cancels_which_promotes_the_waitlist_but_cannot_cancel_someone_elses()
    {
        var id = await _api.ActivityAsync("职工合唱排练", capacity: 1, startsIn: TimeSpan.FromDays(2));
        await _api.FormAsync(id);
        var a = await _api.SignInAsync("MS1", "宋一");
        var b = await _api.SignInAsync("MS2", "宋二");
        var c = await _api.SignInAsync("MS3", "宋三");
        await SignUpAsync(a, id, "技术部");
        await SignUpAsync(b, id, "财务部");

        using var change = await _api.CallAsync(a, HttpMethod.Put, $"api/members/me/signups/{id}/answers", new { answers = new { dept = "后勤部", size = "L" } });
        using var badChange = await _api.CallAsync(a, HttpMethod.Put, $"api/members/me/signups/{id}/answers", new { answers = new { dept = "后勤部", size = "XXL" } });
        using var strangerChange = await _api.CallAsync(c, HttpMethod.Put, $"api/members/me/signups/{id}/answers", new { answers = new { dept = "X" } });
        using var strangerCancel = await _api.CallAsync(c, HttpMethod.Delete, $"api/members/me/signups/{id}");
        var listA = Assert.Single(await _api.MySignUpsAsync(a));
        var listB = Assert.Single(await _api.MySignUpsAsync(b));
        var listC = await _api.MySignUpsAsync(c);
        using var cancel = await _api.CallAsync(a, HttpMethod.Delete, $"api/members/me/signups/{id}", lang: "en");
        using var cancelAgain = await _api.CallAsync(a, HttpMethod.Delete, $"api/members/me/signups/{id}");
        var promoted = Assert.Single(await _api.MySignUpsAsync(b));

        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badChange.StatusCode);
        Assert.True((await JsonAsync(badChange)).GetProperty("errors").TryGetProperty("answers.size", out _));
        Assert.Equal(HttpStatusCode.NotFound, strangerChange.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerCancel.StatusCode);
        Assert.Equal(("confirmed", "后勤部", "L"), (listA.GetProperty("status").GetString(),
            listA.GetProperty("answers").GetProperty("dept").GetString(), listA.GetProperty("answers").GetProperty("size").GetString()));
        Assert.True(listA.GetProperty("canChange").GetBoolean() && listA.GetProperty("canCancel").GetBoolean());
        Assert.False(listA.GetProperty("checkInOpen").GetBoolean());
        Assert.Equal(("waitlisted", 1), (listB.GetProperty("status").GetString(), listB.GetProperty("waitlistPlace").GetInt32()));
        Assert.Equal("财务部", listB.GetProperty("answers").GetProperty("dept").GetString());
        Assert.Empty(listC);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.StartsWith("Your sign-up for", (await JsonAsync(cancel)).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, cancelAgain.StatusCode);
        Assert.Empty(await _api.MySignUpsAsync(a));
        Assert.Equal("confirmed", promoted.GetProperty("status").GetString());
    }

    [Fact]
    public async Task After_the_deadline_a_seat_cannot_be_cancelled_nor_its_answers_changed_but_a_waitlist_place_can_be_left()
    {
        var id = await _api.ActivityAsync("厂区义诊", capacity: 1, startsIn: TimeSpan.FromHours(6), deadlinesIn: TimeSpan.FromHours(1));
        await _api.FormAsync(id);
        var a = await _api.SignInAsync("MT1", "唐一");
        var b = await _api.SignInAsync("MT2", "唐二");
        await SignUpAsync(a, id, "技术部");
        await SignUpAsync(b, id, "财务部");
        _api.Clock.Advance(TimeSpan.FromHours(2));

        var listed = Assert.Single(await _api.MySignUpsAsync(a));
        using var change = await _api.CallAsync(a, HttpMethod.Put, $"api/members/me/signups/{id}/answers", new { answers = new { dept = "后勤部" } });
        using var cancel = await _api.CallAsync(a, HttpMethod.Delete, $"api/members/me/signups/{id}", lang: "en");
        using var leaveWaitlist = await _api.CallAsync(b, HttpMethod.Delete, $"api/members/me/signups/{id}");
        var after = Assert.Single(await _api.MySignUpsAsync(a));

        Assert.False(listed.GetProperty("canChange").GetBoolean() || listed.GetProperty("canCancel").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, change.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, cancel.StatusCode);
        Assert.Contains("cancellation deadline", (await JsonAsync(cancel)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, leaveWaitlist.StatusCode);
        Assert.Equal(("confirmed", "技术部"), (after.GetProperty("status").GetString(), after.GetProperty("answers").GetProperty("dept").GetString()));
        Assert.Empty(await _api.MySignUpsAsync(b));
    }

    [Fact]
    public async Task A_member_checks_in_from_my_sign_ups_only_while_check_in_is_open_and_only_once()
    {
        var id = await _api.ActivityAsync("安全生产讲座", capacity: 5, startsIn: TimeSpan.FromHours(3));
        var a = await _api.SignInAsync("MU1", "吴一");
        var b = await _api.SignInAsync("MU2", "吴二");
        await SignUpAsync(a, id, null);

        using var early = await _api.CallAsync(a, HttpMethod.Post, $"api/members/me/signups/{id}/checkin");
        _api.Clock.Advance(TimeSpan.FromMinutes(150));
        var open = Assert.Single(await _api.MySignUpsAsync(a));
        using var first = await _api.CallAsync(a, HttpMethod.Post, $"api/members/me/signups/{id}/checkin");
        using var twice = await _api.CallAsync(a, HttpMethod.Post, $"api/members/me/signups/{id}/checkin");
        using var noSeat = await _api.CallAsync(b, HttpMethod.Post, $"api/members/me/signups/{id}/checkin");
        using var unknown = await _api.CallAsync(a, HttpMethod.Post, "api/members/me/signups/act-000000000000/checkin");
        var attended = Assert.Single(await _api.MySignUpsAsync(a));

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.True(open.GetProperty("checkInOpen").GetBoolean());
        Assert.Equal("checkedIn", (await JsonAsync(first)).GetProperty("status").GetString());
        Assert.Equal("alreadyCheckedIn", (await JsonAsync(twice)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, noSeat.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("attended", attended.GetProperty("status").GetString());
        Assert.False(attended.GetProperty("canCancel").GetBoolean() || attended.GetProperty("checkInOpen").GetBoolean());
    }

    private async Task SignUpAsync(System.Text.Json.JsonElement session, string id, string? dept)
    {
        using var response = await _api.CallAsync(session, HttpMethod.Post, $"api/members/activities/{id}/signup",
            dept is null ? new { } : new { answers = new { dept } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
