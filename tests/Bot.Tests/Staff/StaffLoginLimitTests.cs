using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.SignUps;
using Microsoft.Data.Sqlite;

namespace EngageBot.Bot.Tests.Staff;

/// <summary>Staff sign-in under pressure: wrong passwords all at once, and many attempts from one address.</summary>
public sealed class StaffLoginLimitTests
{
    [Fact]
    public async Task Wrong_passwords_sent_all_at_once_cannot_try_more_than_the_lockout_allows()
    {
        await using var host = await SignUpTestHost.StartAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            using var response = await host.Bot.Http.PostAsJsonAsync("api/admin/token", new { userName = "admin", password = $"wrong-{i}-pass" });
            return response.StatusCode;
        }));
        using var right = await host.Bot.Http.PostAsJsonAsync("api/admin/token", new { userName = "admin", password = SignUpTestHost.AdminPassword });

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a));
        Assert.Equal(5L, FailedAttempts(host.Bot.DatabasePath));
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
    }

    [Fact]
    public async Task One_address_gets_a_limited_number_of_attempts_across_both_login_routes()
    {
        await using var host = await SignUpTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Staff:LoginAttemptsPerAddress"] = "3",
            ["Staff:LoginAddressWindow"] = "00:10:00",
        });
        using var browser = new ConsoleBrowser(host.Bot.BaseAddress);

        using var token = await host.Bot.Http.PostAsJsonAsync("api/admin/token", new { userName = "admin", password = SignUpTestHost.AdminPassword });
        using var cookie = await browser.LoginAsync(SignUpTestHost.AdminUser, SignUpTestHost.AdminPassword);
        using var wrong = await host.Bot.Http.PostAsJsonAsync("api/admin/token", new { userName = "ghost", password = "whatever1" });
        host.Clock.Advance(TimeSpan.FromMinutes(3));
        using var limitedToken = await host.Bot.Http.PostAsJsonAsync("api/admin/token", new { userName = "admin", password = SignUpTestHost.AdminPassword });
        using var limitedCookie = await browser.LoginAsync(SignUpTestHost.AdminUser, SignUpTestHost.AdminPassword);
        host.Clock.Advance(TimeSpan.FromMinutes(7));
        using var later = await host.Bot.Http.PostAsJsonAsync("api/admin/token", new { userName = "admin", password = SignUpTestHost.AdminPassword });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NoContent, HttpStatusCode.Unauthorized), (token.StatusCode, cookie.StatusCode, wrong.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, limitedToken.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(7), limitedToken.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.TooManyRequests, limitedCookie.StatusCode);
        Assert.Equal("rate-limited", (await limitedCookie.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    private static long FailedAttempts(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT failed_attempts FROM staff_accounts WHERE lower(user_name) = 'admin'";
        return (long)command.ExecuteScalar()!;
    }
}
