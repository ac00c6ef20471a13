using System.Net;
using System.Net.Http.Json;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Cluster;

/// <summary>
/// Limits that guard sign-in count in the shared database when clustered: a client that spreads its attempts over
/// two instances gets the limit once, not twice, and the window ends for both at the same time.
/// </summary>
public sealed class ClusterRateLimitTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    private readonly ManualClock _clock = ManualClock.StartingNow();
    private readonly List<BotHost> _hosts = [];
    private string _connectionString = string.Empty;

    public async Task InitializeAsync()
    {
        _connectionString = await postgres.CreateDatabaseAsync();
        var settings = ClusterNotices.Settings(_connectionString);
        settings["Staff:LoginAttemptsPerAddress"] = "3";
        settings["Staff:LoginAddressWindow"] = "00:10:00";
        settings["Members:SignIn:AttemptsPerAddress"] = "3";
        settings["Members:SignIn:AddressWindow"] = "00:10:00";
        for (var i = 0; i < 2; i++)
        {
            _hosts.Add(await BotHost.StartAsync(settings: settings, configure: b => b.Services.AddSingleton<TimeProvider>(_clock)));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Staff_sign_in_attempts_from_one_address_are_counted_once_across_instances()
    {
        var (user, password) = (StaffTokenHandler.UserName, StaffTokenHandler.Password);
        var statuses = new List<HttpStatusCode>();
        foreach (var host in new[] { _hosts[0], _hosts[1], _hosts[0] })
        {
            using var attempt = await host.Http.PostAsJsonAsync("api/admin/token", new { userName = "ghost", password = "whatever1" });
            statuses.Add(attempt.StatusCode);
        }

        _clock.Advance(TimeSpan.FromMinutes(4));
        using var limited = await _hosts[1].Http.PostAsJsonAsync("api/admin/token", new { userName = user, password });
        _clock.Advance(TimeSpan.FromMinutes(6));
        using var later = await _hosts[1].Http.PostAsJsonAsync("api/admin/token", new { userName = user, password });

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(6), limited.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task Member_sign_in_calls_from_one_address_are_counted_once_across_instances()
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var (host, number) in new[] { (_hosts[0], "A1"), (_hosts[1], "A2"), (_hosts[1], "A3") })
        {
            using var asked = await host.Http.PostAsJsonAsync("api/members/session", new { memberNumber = number, name = "某人" });
            statuses.Add(asked.StatusCode);
        }

        using var limited = await _hosts[0].Http.PostAsJsonAsync("api/members/session/verify", new { memberNumber = "A1", code = "123456" });
        _clock.Advance(TimeSpan.FromMinutes(10));
        using var later = await _hosts[0].Http.PostAsJsonAsync("api/members/session", new { memberNumber = "A4", name = "某人" });

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(10), limited.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.Accepted, later.StatusCode);
        Assert.Equal(1, await ClusterNotices.CountAsync(_connectionString, "SELECT count(*) FROM rate_windows"));
        Assert.Equal(0, await ClusterNotices.CountAsync(_connectionString, "SELECT count(*) FROM rate_windows WHERE key LIKE '%' || @p || '%'", "127.0.0.1"));
    }
}
