using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.SignUps;
using Microsoft.Data.Sqlite;

namespace EngageBot.Bot.Tests.Staff;

/// <summary>Staff sign-in and the /api/admin guard, over real HTTP.</summary>
public sealed class StaffAuthTests : IAsyncLifetime
{
    private SignUpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SignUpTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_bootstrap_admin_gets_a_token_that_opens_the_admin_api_for_eight_hours()
    {
        using var response = await _host.Bot.Http.PostAsJsonAsync("api/admin/token", new { userName = "ADMIN", password = SignUpTestHost.AdminPassword });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var expiresAt = body.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expiresAt - _host.Clock.GetUtcNow(), TimeSpan.FromHours(7.9), TimeSpan.FromHours(8));
        using var clubs = await _host.AdminAsync(HttpMethod.Get, "api/admin/clubs", token: body.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.OK, clubs.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_or_unknown_user_is_401_problem_details()
    {
        using var wrong = await _host.Bot.Http.PostAsJsonAsync("api/admin/token", new { userName = "admin", password = "nope-nope" });
        using var unknown = await _host.Bot.Http.PostAsJsonAsync("api/admin/token", new { userName = "ghost", password = "whatever1" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("token", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_request_without_fields_or_json_is_400()
    {
        using var empty = await _host.Bot.Http.PostAsJsonAsync("api/admin/token", new { userName = "admin" });
        using var garbage = await _host.Bot.Http.PostAsync("api/admin/token", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("garbage")]
    [InlineData("eyJzdWIiOiJ4Iiwicm9sZSI6ImFkbWluIiwiZXhwIjo5OTk5OTk5OTk5fQ.c2lnbmF0dXJl")]
    public async Task Admin_calls_without_a_valid_token_are_401(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/admin/activities");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _host.Bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_token_stops_working_when_it_expires()
    {
        var token = await _host.TokenAsync();
        using var before = await _host.AdminAsync(HttpMethod.Get, "api/admin/activities", token: token);

        _host.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromSeconds(1));
        using var after = await _host.AdminAsync(HttpMethod.Get, "api/admin/activities", token: token);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes_even_against_the_right_one()
    {
        var wrongAnswers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await _host.Bot.Http.PostAsJsonAsync("api/admin/token", new { userName = "admin", password = $"wrong-{i}-pass" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            wrongAnswers.Add(WithoutTraceId(await wrong.Content.ReadAsStringAsync()));
        }

        using var locked = await _host.Bot.Http.PostAsJsonAsync("api/admin/token", new { userName = "admin", password = SignUpTestHost.AdminPassword });
        var lockedAnswer = WithoutTraceId(await locked.Content.ReadAsStringAsync());
        _host.Clock.Advance(TimeSpan.FromMinutes(14));
        using var stillLocked = await _host.Bot.Http.PostAsJsonAsync("api/admin/token", new { userName = "admin", password = SignUpTestHost.AdminPassword });
        _host.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        using var open = await _host.Bot.Http.PostAsJsonAsync("api/admin/token", new { userName = "admin", password = SignUpTestHost.AdminPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(wrongAnswers[0], lockedAnswer); // a locked account answers exactly as a wrong password does
        Assert.All(wrongAnswers, a => Assert.Equal(wrongAnswers[0], a));
        Assert.Equal(HttpStatusCode.Unauthorized, stillLocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
    }

    [Fact]
    public async Task The_password_is_stored_as_a_salted_pbkdf2_hash_and_a_restart_keeps_the_account_and_the_tokens()
    {
        var token = await _host.TokenAsync();
        var path = _host.Bot.DatabasePath;
        await _host.DisposeAsync();
        _host = await SignUpTestHost.StartAsync(databasePath: path, settings: new Dictionary<string, string?>
        {
            ["Staff:BootstrapAdmin:Password"] = "A-different-password-1",
        });

        using var oldToken = await _host.AdminAsync(HttpMethod.Get, "api/admin/clubs", token: token);
        using var newPassword = await _host.Bot.Http.PostAsJsonAsync("api/admin/token", new { userName = "admin", password = "A-different-password-1" });

        Assert.Equal(HttpStatusCode.OK, oldToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, newPassword.StatusCode);
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), MAX(password_hash) FROM staff_accounts";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal(1, reader.GetInt64(0));
        var hash = reader.GetString(1);
        Assert.StartsWith("pbkdf2-sha256$100000$", hash, StringComparison.Ordinal);
        Assert.DoesNotContain(SignUpTestHost.AdminPassword, hash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_creates_staff_accounts_that_run_activities_but_cannot_manage_staff()
    {
        var admin = await _host.TokenAsync();

        using var created = await _host.AdminAsync(HttpMethod.Post, "api/admin/staff", new { userName = "li.ming", password = "Staff-pass-1" }, admin);
        using var duplicate = await _host.AdminAsync(HttpMethod.Post, "api/admin/staff", new { userName = "LI.MING", password = "Staff-pass-2" }, admin);
        using var weak = await _host.AdminAsync(HttpMethod.Post, "api/admin/staff", new { userName = "wang", password = "short", role = "boss" }, admin);
        var staff = await _host.TokenAsync("li.ming", "Staff-pass-1");
        using var activities = await _host.AdminAsync(HttpMethod.Get, "api/admin/activities", token: staff);
        using var staffList = await _host.AdminAsync(HttpMethod.Get, "api/admin/staff", token: staff);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("staff", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        var errors = (await weak.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("password", out _));
        Assert.True(errors.TryGetProperty("role", out _));
        Assert.Equal(HttpStatusCode.OK, activities.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, staffList.StatusCode);
    }

    /// <summary>The problem body without its per-request trace id.</summary>
    internal static string WithoutTraceId(string problem)
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(problem)!.AsObject();
        body.Remove("traceId");
        return body.ToJsonString();
    }
}
