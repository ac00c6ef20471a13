using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EngageBot.Core.State;
using EngageBot.Core.Time;
using EngageBot.Features.SignUps;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>
/// Attendance over time for the console: each activity that has started (not upcoming ones), with seats held and
/// check-ins, filtered by club, as JSON and as CSV whose cells can never run as Excel formulas.
/// </summary>
public sealed class AttendanceReportTests : IAsyncLifetime
{
    private readonly ManualClock _clock = ManualClock.StartingNow();
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?> { ["SignUps:SeedSamples"] = "false" };
        _bot = await BotHost.StartAsync(settings: settings, configure: b => b.Services.AddSingleton<TimeProvider>(_clock));
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task Started_activities_are_listed_newest_first_with_seats_and_check_ins_per_club_and_as_a_formula_safe_csv()
    {
        using var club = await _bot.Admin.PostAsJsonAsync("api/admin/clubs", new { id = "taiji", name = "太极拳协会" });
        Assert.Equal(HttpStatusCode.Created, club.StatusCode);
        var inClub = await ActivityAsync("=HYPERLINK(\"http://x\")太极课", TimeSpan.FromHours(2), "taiji");
        var alone = await ActivityAsync("职工读书会", TimeSpan.FromHours(3), null);
        await ActivityAsync("下月合唱排练", TimeSpan.FromDays(20), null); // not started: not in the report
        await SignUpAsync(inClub, "A1");
        await SignUpAsync(inClub, "A2");
        await SignUpAsync(alone, "A3");
        _clock.Advance(TimeSpan.FromMinutes(90)); // check-in opens an hour before the first start
        await CheckInAsync(inClub, "A1");
        _clock.Advance(TimeSpan.FromHours(3));

        var all = await JsonAsync("api/admin/stats/attendance/activities");
        var taiji = await JsonAsync("api/admin/stats/attendance/activities?clubId=taiji&months=12");
        using var csv = await _bot.Admin.GetAsync("api/admin/stats/attendance/activities.csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");

        Assert.Equal([alone, inClub], all.EnumerateArray().Select(r => r.GetProperty("activityId").GetString()));
        var first = all[1];
        Assert.Equal(("taiji", "太极拳协会", 2, 1, 0.5), (first.GetProperty("clubId").GetString(), first.GetProperty("clubName").GetString(),
            first.GetProperty("held").GetInt32(), first.GetProperty("attended").GetInt32(), first.GetProperty("rate").GetDouble()));
        var month = _bot.Services.GetRequiredService<UnionTime>().ToLocal(first.GetProperty("startsAt").GetDateTimeOffset()).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Assert.Equal(month, first.GetProperty("month").GetString());
        Assert.Equal((1, 0), (all[0].GetProperty("held").GetInt32(), all[0].GetProperty("attended").GetInt32()));
        Assert.Equal([inClub], taiji.EnumerateArray().Select(r => r.GetProperty("activityId").GetString()));

        Assert.Equal("text/csv; charset=utf-8", csv.Content.Headers.ContentType?.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("月份 Month,社团 Club,活动 Activity", lines[0], StringComparison.Ordinal);
        Assert.Contains("职工读书会", lines[1], StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")太极课\",", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",2,1,50%", lines[2], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length); // header, two rows, and the empty string after the last CRLF
    }

    [Fact]
    public async Task Months_outside_1_to_24_get_400_and_callers_without_a_staff_token_get_401()
    {
        using var zero = await _bot.Admin.GetAsync("api/admin/stats/attendance/activities?months=0");
        using var tooMany = await _bot.Admin.GetAsync("api/admin/stats/attendance/activities.csv?months=25");
        using var anonymous = await _bot.Http.GetAsync("api/admin/stats/attendance/activities.csv");

        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("months", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private async Task<string> ActivityAsync(string title, TimeSpan startsIn, string? clubId)
    {
        var starts = _clock.GetUtcNow() + startsIn;
        using var response = await _bot.Admin.PostAsJsonAsync("api/admin/activities", new
        {
            title, clubId, startsAt = starts.ToString("O"), endsAt = starts.AddHours(1).ToString("O"), capacity = 5,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static MemberKey Member(string number) => new(EngageBot.Features.Channels.DirectLine.DirectLineChannel.ChannelId, "dl_" + number);

    private async Task SignUpAsync(string activityId, string number)
    {
        var result = await _bot.Services.GetRequiredService<SignUpService>().SignUpAsync(
            new SignUpRequest(activityId, Member(number), "会员" + number, "zh", null, null), CancellationToken.None);
        Assert.Equal(SignUpResultKind.Confirmed, result.Kind);
    }

    private async Task CheckInAsync(string activityId, string number)
    {
        var result = await _bot.Services.GetRequiredService<CheckInStore>().CheckInToAsync(
            Member(number), activityId, TimeSpan.FromHours(1), TimeSpan.FromHours(3), CancellationToken.None);
        Assert.Equal(CheckInResultKind.CheckedIn, result.Kind);
    }

    private async Task<JsonElement> JsonAsync(string path)
    {
        using var response = await _bot.Admin.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
