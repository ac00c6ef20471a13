using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>A fresh install's sample activities: each still open for signing up and for cancelling when it is seeded.</summary>
public sealed class SampleActivitiesTests
{
    [Fact]
    public async Task Seeded_on_a_Friday_morning_Saturday_yoga_is_tomorrow_and_every_sample_still_takes_sign_ups_and_cancellations()
    {
        var friday = ManualClock.Shanghai(2026, 12, 4, 9, 40); // Saturday 09:30 is under a day away: cancelling a day before would be closed
        await using var host = await SignUpTestHost.StartAsync(seed: true, services: s => s.AddSingleton<TimeProvider>(new ManualClock(friday)));

        var yoga = await SeededAsync(host, "yoga");
        var crafts = await SeededAsync(host, "crafts");
        using var response = await host.AdminAsync(HttpMethod.Get, "api/admin/activities");
        var all = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();

        Assert.Equal(ManualClock.Shanghai(2026, 12, 5, 9, 30), yoga.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(ManualClock.Shanghai(2026, 12, 4, 21, 35), yoga.GetProperty("cancelDeadline").GetDateTimeOffset()); // halfway: 23 h 50 min away
        Assert.Equal(ManualClock.Shanghai(2026, 12, 4, 14, 0), crafts.GetProperty("cancelDeadline").GetDateTimeOffset()); // 28 h away: the usual day before
        Assert.NotEmpty(all);
        Assert.All(all, a => Assert.True(a.GetProperty("cancelDeadline").GetDateTimeOffset() > friday && a.GetProperty("signUpDeadline").GetDateTimeOffset() > friday));
    }

    private static async Task<JsonElement> SeededAsync(SignUpTestHost host, string clubId)
    {
        using var response = await host.AdminAsync(HttpMethod.Get, $"api/admin/activities?clubId={clubId}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single();
    }
}
