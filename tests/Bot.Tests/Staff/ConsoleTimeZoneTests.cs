using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.SignUps;

namespace EngageBot.Bot.Tests.Staff;

/// <summary>
/// The console's session names the union's time zone (<c>Union:TimeZone</c>), so the pages show and read times on the
/// union's clock whatever zone the staff member's laptop is in (the browser side: tests/DirectLine.Node/polish.test.js).
/// </summary>
public sealed class ConsoleTimeZoneTests
{
    [Theory]
    [InlineData(null, "Asia/Shanghai")]
    [InlineData("Europe/London", "Europe/London")]
    public async Task The_session_names_the_configured_union_time_zone(string? configured, string expected)
    {
        var settings = configured is null ? null : new Dictionary<string, string?> { ["Union:TimeZone"] = configured };
        await using var host = await SignUpTestHost.StartAsync(settings: settings);
        using var browser = new ConsoleBrowser(host.Bot.BaseAddress);
        await browser.SignInAsync(SignUpTestHost.AdminUser, SignUpTestHost.AdminPassword);

        var session = await browser.Http.GetFromJsonAsync<JsonElement>("staff/api/session");

        Assert.Equal(expected, session.GetProperty("timeZone").GetString());
    }
}
