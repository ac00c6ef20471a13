using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>Rosters (JSON and CSV), check-in codes and attendance statistics.</summary>
public sealed partial class ActivityAdminApiTests
{
    [Fact]
    public async Task The_roster_lists_seat_holders_then_the_waitlist_in_order_with_the_contract_fields()
    {
        var id = await _host.CreateActivityAsync(capacity: 2, startsIn: TimeSpan.FromDays(2), token: _token);
        foreach (var member in new[] { "u1", "u2", "u3", "u4" })
        {
            await _host.SendAsync(_host.PostBack(member, "signup", id));
        }

        using var response = await _host.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}/roster", token: _token);

        var roster = await response.Content.ReadFromJsonAsync<JsonElement>();
        var confirmed = roster.GetProperty("confirmed").EnumerateArray().ToList();
        var waitlist = roster.GetProperty("waitlist").EnumerateArray().ToList();
        Assert.Equal(["u1", "u2"], confirmed.Select(c => c.GetProperty("memberId").GetString()));
        Assert.Equal(["u3", "u4"], waitlist.Select(c => c.GetProperty("memberId").GetString()));
        Assert.Equal([1, 2], waitlist.Select(c => c.GetProperty("position").GetInt32()));
        Assert.Equal("会员u1", confirmed[0].GetProperty("name").GetString());
        Assert.True(confirmed[0].GetProperty("signedUpAt").GetDateTimeOffset() <= confirmed[1].GetProperty("signedUpAt").GetDateTimeOffset());
        Assert.True(waitlist[0].TryGetProperty("signedUpAt", out _));
    }

    [Fact]
    public async Task The_roster_csv_has_a_bom_chinese_names_and_escapes_commas_quotes_and_formulas()
    {
        var id = await _host.CreateActivityAsync(capacity: 5, startsIn: TimeSpan.FromDays(2), token: _token);
        await _host.SendAsync(_host.PostBack("c1", "signup", id) with { From = new() { Id = "c1", Name = "张三, \"老张\"" } });
        await _host.SendAsync(_host.PostBack("c2", "signup", id) with { From = new() { Id = "c2", Name = "=HYPERLINK(\"x\")" } });
        await _host.SendAsync(_host.PostBack("c3", "signup", id) with { From = new() { Id = "c3", Name = "李四" } });

        using var response = await _host.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}/roster.csv", token: _token);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        Assert.Equal(5, lines.Length);
        Assert.Equal(string.Empty, lines[4]);
        Assert.Contains(",\"张三, \"\"老张\"\"\",", lines[1], StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\")\",", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("已确认 Confirmed,3,c3,emulator,李四,", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_in_codes_and_attendance_statistics_per_club()
    {
        var id = await _host.CreateActivityAsync(capacity: 5, startsIn: TimeSpan.FromMinutes(30), clubId: "yoga", token: _token);
        await _host.SendAsync(_host.PostBack("a1", "signup", id));
        await _host.SendAsync(_host.PostBack("a2", "signup", id));
        using var codeResponse = await _host.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}/checkin-code", token: _token);
        var code = (await codeResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;

        var reply = await _host.SayAsync("a1", "签到 " + code);
        _host.Clock.Advance(TimeSpan.FromHours(1));
        using var stats = await _host.AdminAsync(HttpMethod.Get, "api/admin/stats/attendance", token: _token);

        Assert.StartsWith("签到成功", reply.Activity.Text, StringComparison.Ordinal);
        var yoga = (await stats.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single(s => s.GetProperty("clubId").GetString() == "yoga");
        Assert.Equal(1, yoga.GetProperty("activities").GetInt32());
        Assert.Equal(2, yoga.GetProperty("confirmed").GetInt32());
        Assert.Equal(1, yoga.GetProperty("attended").GetInt32());
        Assert.Equal(0.5, yoga.GetProperty("attendanceRate").GetDouble());
    }
}
