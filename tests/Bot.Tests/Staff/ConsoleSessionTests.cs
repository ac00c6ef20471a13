using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Bot.Tests.SignUps;

namespace EngageBot.Bot.Tests.Staff;

/// <summary>Cookie sign-in for the console: lockout, anti-forgery on unsafe calls, sign-out, and the audit log.</summary>
public sealed class ConsoleSessionTests : IAsyncLifetime
{
    private SignUpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SignUpTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_login_cookie_is_http_only_and_strict_same_site()
    {
        using var browser = new ConsoleBrowser(_host.Bot.BaseAddress);
        using var login = await browser.LoginAsync(SignUpTestHost.AdminUser, SignUpTestHost.AdminPassword);

        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("engagebot.staff=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_login_posted_as_a_plain_form_is_refused_without_a_cookie()
    {
        using var browser = new ConsoleBrowser(_host.Bot.BaseAddress);
        using var form = await browser.Http.PostAsync("staff/api/login", new StringContent(
            "{\"userName\":\"admin\",\"password\":\"" + SignUpTestHost.AdminPassword + "\"}", System.Text.Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.False(form.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_the_cookie_login_too()
    {
        using var browser = new ConsoleBrowser(_host.Bot.BaseAddress);
        var wrongAnswer = string.Empty;
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await browser.LoginAsync(SignUpTestHost.AdminUser, "wrong-password-" + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            wrongAnswer = StaffAuthTests.WithoutTraceId(await wrong.Content.ReadAsStringAsync());
        }

        using var locked = await browser.LoginAsync(SignUpTestHost.AdminUser, SignUpTestHost.AdminPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(wrongAnswer, StaffAuthTests.WithoutTraceId(await locked.Content.ReadAsStringAsync()));
        Assert.Equal("invalid", (await locked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        using var page = await browser.Http.GetAsync("staff/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);

        _host.Clock.Advance(TimeSpan.FromMinutes(16));
        using var later = await browser.LoginAsync(SignUpTestHost.AdminUser, SignUpTestHost.AdminPassword);
        Assert.Equal(HttpStatusCode.NoContent, later.StatusCode);
    }

    [Fact]
    public async Task A_cookie_post_without_the_anti_forgery_header_is_refused_and_changes_nothing()
    {
        using var browser = new ConsoleBrowser(_host.Bot.BaseAddress);
        await browser.SignInAsync(SignUpTestHost.AdminUser, SignUpTestHost.AdminPassword);
        var club = new { name = "书法社", schedule = "周三晚", place = "活动室" };

        using var without = await browser.SendAsync(HttpMethod.Post, "api/admin/clubs", club, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Equal(0, _host.Bot.Count("clubs"));

        using var with = await browser.SendAsync(HttpMethod.Post, "api/admin/clubs", club);
        Assert.Equal(HttpStatusCode.Created, with.StatusCode);
        Assert.Equal(1, _host.Bot.Count("clubs"));
    }

    [Fact]
    public async Task Bearer_callers_need_no_anti_forgery_header()
    {
        using var response = await _host.AdminAsync(HttpMethod.Post, "api/admin/clubs", new { name = "书法社" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var browser = new ConsoleBrowser(_host.Bot.BaseAddress);
        await browser.SignInAsync(SignUpTestHost.AdminUser, SignUpTestHost.AdminPassword);

        using var withoutToken = await browser.SendAsync(HttpMethod.Post, "staff/api/logout", withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        using var logout = await browser.SendAsync(HttpMethod.Post, "staff/api/logout");
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);

        using var after = await browser.SendAsync(HttpMethod.Get, "api/admin/dashboard");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Staff_actions_and_sign_ins_are_audited_without_passwords_or_tokens()
    {
        using var browser = new ConsoleBrowser(_host.Bot.BaseAddress);
        using var failed = await browser.LoginAsync(SignUpTestHost.AdminUser, "Not-The-Password-1");
        await browser.SignInAsync(SignUpTestHost.AdminUser, SignUpTestHost.AdminPassword);
        using var created = await browser.SendAsync(HttpMethod.Post, "api/admin/clubs", new { name = "书法社" });
        var clubId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var closed = await browser.SendAsync(HttpMethod.Post, $"api/admin/clubs/{clubId}/close");
        using var read = await browser.SendAsync(HttpMethod.Get, "api/admin/clubs");
        using var logout = await browser.SendAsync(HttpMethod.Post, "staff/api/logout");

        var token = await _host.TokenAsync();
        var entries = await _host.Bot.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "api/admin/audit?limit=50")
        {
            Headers = { Authorization = new("Bearer", token) },
        });
        var json = await entries.Content.ReadAsStringAsync();
        var rows = JsonDocument.Parse(json).RootElement.EnumerateArray()
            .Select(e => (Action: e.GetProperty("action").GetString(), Target: e.TryGetProperty("target", out var t) ? t.GetString() : null,
                Outcome: e.GetProperty("outcome").GetInt32(), Who: e.GetProperty("staffName").GetString()))
            .Reverse().ToList();

        Assert.Equal(
            [
                ("sign-in", null, 401, "admin"),
                ("sign-in", null, 200, "admin"),
                ("POST /api/admin/clubs/", null, 201, "admin"),
                ("POST /api/admin/clubs/{id}/close", "id=" + clubId, 200, "admin"),
                ("sign-out", null, 204, "admin"),
                ("sign-in", null, 200, "admin"),
            ],
            rows);
        Assert.DoesNotContain("Not-The-Password-1", json, StringComparison.Ordinal);
        Assert.DoesNotContain(SignUpTestHost.AdminPassword, json, StringComparison.Ordinal);
        Assert.DoesNotContain(token, json, StringComparison.Ordinal);
    }
}
