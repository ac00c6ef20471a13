using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Members.SignIn;

/// <summary>What does not depend on the storage provider: the per-address limit and sign-in without an SMS provider.</summary>
public sealed class SignInLimitsTests
{
    private readonly ManualClock _clock = ManualClock.StartingNow();

    [Fact]
    public async Task One_address_gets_a_limited_number_of_sign_in_calls_then_429_with_retry_after()
    {
        await using var host = await BotHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Members:SignIn:AttemptsPerAddress"] = "3", ["Members:SignIn:AddressWindow"] = "00:10:00" },
            configure: b => b.Services.AddSingleton<TimeProvider>(_clock));

        var statuses = new List<HttpStatusCode>();
        foreach (var number in new[] { "A1", "A2", "A3" })
        {
            using var asked = await host.Http.PostAsJsonAsync("api/members/session", new { memberNumber = number, name = "某人" });
            statuses.Add(asked.StatusCode);
        }

        _clock.Advance(TimeSpan.FromMinutes(4));
        using var limited = await host.Http.PostAsJsonAsync("api/members/session/verify", new { memberNumber = "A1", code = "123456" });
        _clock.Advance(TimeSpan.FromMinutes(6));
        using var later = await host.Http.PostAsJsonAsync("api/members/session", new { memberNumber = "A4", name = "某人" });

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(6), limited.Headers.RetryAfter?.Delta);
        Assert.Equal("address", (await limited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Accepted, later.StatusCode);
    }

    [Fact]
    public async Task Without_an_sms_provider_sign_in_answers_503_in_the_members_language()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Sms:Provider"] = null });
        await host.SeedMemberAsync("BJ-0001", "王芳");

        using var chinese = await host.Http.PostAsJsonAsync("api/members/session", new { memberNumber = "BJ-0001", name = "王芳" });
        var zh = (await chinese.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        using var english = await host.Http.PostAsJsonAsync("api/members/session?lang=en", new { memberNumber = "BJ-0001", name = "王芳" });
        var problem = await english.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, chinese.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, english.StatusCode);
        Assert.Equal("sms-unavailable", problem.GetProperty("code").GetString());
        Assert.Contains("短信验证码服务还没有配置", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("not set up", zh, StringComparison.Ordinal);
        Assert.Contains("not set up", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(host.SmsTo(MemberSignInExtensions.PhoneOf("BJ-0001")));
    }

    [Fact]
    public async Task Bad_input_is_a_400_and_changes_nothing()
    {
        await using var host = await BotHost.StartAsync();

        using var noName = await host.Http.PostAsJsonAsync("api/members/session", new { memberNumber = "BJ-0001" });
        using var badNumber = await host.Http.PostAsJsonAsync("api/members/session", new { memberNumber = "BJ 0001!", name = "王芳" });
        using var shortCode = await host.Http.PostAsJsonAsync("api/members/session/verify", new { memberNumber = "BJ-0001", code = "12345" });

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest],
            new[] { noName.StatusCode, badNumber.StatusCode, shortCode.StatusCode });
        Assert.Equal(0L, host.Count("member_sign_in_codes"));
    }
}
