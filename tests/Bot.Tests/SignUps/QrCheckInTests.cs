using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.State;
using EngageBot.Features.SignUps;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>
/// QR check-in: the console's QR opens the member page with an unguessable token; a signed-in member with a seat checks
/// in once, only inside the window around the start; attendance shows per activity and per club per month.
/// </summary>
public sealed class QrCheckInTests : IAsyncLifetime
{
    private readonly ManualClock _clock = ManualClock.StartingNow();
    private BotHost _bot = null!;
    private GroupFixture _members = null!;

    public async Task InitializeAsync()
    {
        var settings = GroupFixture.Settings();
        settings["SignUps:SeedSamples"] = "false";
        _bot = await BotHost.StartAsync(settings: settings, configure: b => b.Services.AddSingleton<TimeProvider>(_clock));
        _members = new GroupFixture(_bot);
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task A_member_with_a_seat_checks_in_once_inside_the_window_and_not_before_or_after()
    {
        var id = await ActivityAsync(startsIn: TimeSpan.FromHours(3));
        await SignUpAsync(id, "Q1");
        await SignUpAsync(id, "Q2");
        var q1 = await _members.SignInAsync("Q1", "钱一");
        var q2 = await _members.SignInAsync("Q2", "钱二");
        var q3 = await _members.SignInAsync("Q3", "钱三");
        var qr = await JsonAsync(await _members.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}/checkin-qr"));
        var token = qr.GetProperty("url").GetString()!.Split("?checkin=")[1];

        using var early = await CheckInAsync(q1, token);
        _clock.Advance(TimeSpan.FromMinutes(150)); // 30 minutes before the start: open
        using var first = await CheckInAsync(q1, token);
        using var twice = await CheckInAsync(q1, token);
        using var noSeat = await CheckInAsync(q3, token);
        var attendance = await JsonAsync(await _members.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}/attendance"));
        _clock.Advance(TimeSpan.FromHours(4)); // the activity ended 1.5 hours ago, past the 3-hour minimum too
        using var late = await CheckInAsync(q2, token);

        Assert.DoesNotContain(id, qr.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Matches("^[0-9]{6}$", qr.GetProperty("code").GetString());
        Assert.Contains("<svg", qr.GetProperty("svg").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("还不在签到时间内", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("checkedIn", (await JsonAsync(first)).GetProperty("status").GetString());
        Assert.Equal("alreadyCheckedIn", (await JsonAsync(twice)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, noSeat.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal((2, 1), (attendance.GetProperty("held").GetInt32(), attendance.GetProperty("attended").GetInt32()));
        var monthly = Assert.Single((await JsonAsync(await _members.AdminAsync(HttpMethod.Get, "api/admin/stats/attendance/monthly"))).EnumerateArray());
        Assert.Equal((1, 2, 1), (monthly.GetProperty("activities").GetInt32(), monthly.GetProperty("held").GetInt32(), monthly.GetProperty("attended").GetInt32()));
    }

    [Fact]
    public async Task Unknown_or_replaced_tokens_anonymous_callers_and_bad_bodies_get_4xx_and_check_nobody_in()
    {
        var id = await ActivityAsync(startsIn: TimeSpan.FromMinutes(10));
        await SignUpAsync(id, "Q4");
        var q4 = await _members.SignInAsync("Q4", "钱四");
        var old = (await JsonAsync(await _members.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}/checkin-qr"))).GetProperty("url").GetString()!.Split("?checkin=")[1];
        var fresh = (await JsonAsync(await _members.AdminAsync(HttpMethod.Post, $"api/admin/activities/{id}/checkin-qr"))).GetProperty("url").GetString()!.Split("?checkin=")[1];

        using var replaced = await CheckInAsync(q4, old);
        using var madeUp = await CheckInAsync(q4, id);
        using var anonymous = await _members.AdminAsync(HttpMethod.Post, "api/members/me/checkins", new { token = fresh }, key: null);
        using var notJson = await _bot.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "api/members/me/checkins")
        {
            Content = new StringContent("{", Encoding.UTF8, "application/json"),
            Headers = { Authorization = new("Bearer", q4.GetProperty("sessionToken").GetString()) },
        });
        using var months = await _members.AdminAsync(HttpMethod.Get, "api/admin/stats/attendance/monthly?months=99");
        var attendance = await JsonAsync(await _members.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}/attendance"));

        Assert.NotEqual(old, fresh);
        Assert.Equal(HttpStatusCode.NotFound, replaced.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, madeUp.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, months.StatusCode);
        Assert.Equal(0, attendance.GetProperty("attended").GetInt32());
    }

    private async Task<string> ActivityAsync(TimeSpan startsIn)
    {
        var starts = _clock.GetUtcNow() + startsIn;
        using var response = await _members.AdminAsync(HttpMethod.Post, "api/admin/activities", new
        {
            title = "周六太极体验课", startsAt = starts.ToString("O"), endsAt = starts.AddHours(2).ToString("O"), place = "职工之家广场", capacity = 5,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("id").GetString()!;
    }

    /// <summary>A seat for the member-page user of <paramref name="memberNumber"/> (as if they signed up in the page's chat).</summary>
    private async Task SignUpAsync(string activityId, string memberNumber)
    {
        var member = new MemberKey(EngageBot.Features.Channels.DirectLine.DirectLineChannel.ChannelId, "dl_" + memberNumber);
        var result = await _bot.Services.GetRequiredService<SignUpService>().SignUpAsync(
            new SignUpRequest(activityId, member, "会员" + memberNumber, "zh", null, null), CancellationToken.None);
        Assert.Equal(SignUpResultKind.Confirmed, result.Kind);
    }

    private Task<HttpResponseMessage> CheckInAsync(JsonElement session, string token) =>
        _members.MemberAsync(session, HttpMethod.Post, "api/members/me/checkins", new { token });

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using (response)
        {
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
    }
}
