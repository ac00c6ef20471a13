using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>A fresh install's sample activities: each still open for signing up and for cancelling when it is seeded.</summary>
public sealed class SampleActivitiesTests
{
    [Fact]
    public async Task Seeded_on_a_Friday_morning_Saturday_yoga_is_the_week_after_and_every_sample_can_still_be_cancelled()
    {
        var friday = ManualClock.Shanghai(2026, 12, 4, 9, 40); // Saturday 09:30 is under a day away: cancelling (24 h before) closed
        await using var host = await SignUpTestHost.StartAsync(seed: true, services: s => s.AddSingleton<TimeProvider>(new ManualClock(friday)));

        var yoga = await SeededAsync(host, "yoga");
        var crafts = await SeededAsync(host, "crafts");
        using var response = await host.AdminAsync(HttpMethod.Get, "api/admin/activities");
        var all = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();

        Assert.Equal(ManualClock.Shanghai(2026, 12, 12, 9, 30), yoga.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(ManualClock.Shanghai(2026, 12, 5, 14, 0), crafts.GetProperty("startsAt").GetDateTimeOffset()); // 28 h away: tomorrow still
        Assert.NotEmpty(all);
        Assert.All(all, a => Assert.True(a.GetProperty("cancelDeadline").GetDateTimeOffset() > friday));
    }

    private static async Task<JsonElement> SeededAsync(SignUpTestHost host, string clubId)
    {
        using var response = await host.AdminAsync(HttpMethod.Get, $"api/admin/activities?clubId={clubId}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single();
    }
}
