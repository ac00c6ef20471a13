using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Bot.Tests.Notices;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>"最近有什么活动" lists the real activities from the sign-ups tables, as cards with their seats left.</summary>
public sealed class ActivityListingWiringTests : IAsyncLifetime
{
    private SignUpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SignUpTestHost.StartAsync(seed: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_activity_listing_shows_real_activities_with_seats_left()
    {
        var id = await _host.CreateActivityAsync(capacity: 5, startsIn: TimeSpan.FromDays(1), title: "书法体验课");
        await _host.SendAsync(_host.PostBack("m1", "signup", id));
        await _host.SendAsync(_host.PostBack("m2", "signup", id));

        var listing = await _host.SayAsync("m3", "最近有什么活动");

        var cards = listing.Activity.Attachments!.Select(a => string.Join("\n", Strings(a.Content!.Value))).ToList();
        var card = Assert.Single(cards, c => c.Contains("书法体验课", StringComparison.Ordinal));
        Assert.Contains("剩余名额：3", card, StringComparison.Ordinal);
        Assert.Contains(id, card, StringComparison.Ordinal);
        Assert.True(cards.Count > 1); // the seeded activities are listed too
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
