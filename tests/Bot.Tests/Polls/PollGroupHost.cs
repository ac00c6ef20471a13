using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Features.Polls;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Polls;

/// <summary>A service on a hand-moved clock with groups, for poll conversations: start a poll, tap, type, read the group.</summary>
internal sealed class PollGroupHost(BotHost bot, ManualClock clock) : IAsyncDisposable
{
    public BotHost Bot { get; } = bot;

    public ManualClock Clock { get; } = clock;

    public GroupFixture Groups { get; } = new(bot);

    public static async Task<PollGroupHost> StartAsync(string? databasePath = null, ManualClock? clock = null)
    {
        clock ??= ManualClock.StartingNow();
        var bot = await BotHost.StartAsync(databasePath, GroupFixture.Settings(), b => b.Services.AddSingleton<TimeProvider>(clock));
        return new PollGroupHost(bot, clock);
    }

    /// <summary>Starts a poll through the admin API; returns its view.</summary>
    public async Task<JsonElement> StartPollAsync(object draft)
    {
        using var response = await Bot.Admin.PostAsJsonAsync("api/admin/polls", draft);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> ResultsAsync(string pollId) => await Bot.Admin.GetFromJsonAsync<JsonElement>($"api/admin/polls/{pollId}");

    /// <summary>The group's messages from the bot that no member's message caused (cards and results), waiting until <paramref name="count"/> are there.</summary>
    public async Task<List<JsonElement>> PostedAsync(string groupId, string token, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var history = await Groups.DirectLine.GetActivitiesAsync(groupId, token);
            var posted = history.GetProperty("activities").EnumerateArray()
                .Where(a => a.GetProperty("type").GetString() == "message" && !a.TryGetProperty("replyToId", out _)
                    && a.GetProperty("from").TryGetProperty("role", out var role) && role.GetString() == "bot")
                .Select(a => a.Clone()).ToList();
            if (posted.Count >= count || attempt == 200)
            {
                return posted;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The vote button of option <paramref name="option"/> on a posted card.</summary>
    public static JsonElement Button(JsonElement card, int option) =>
        card.GetProperty("attachments")[0].GetProperty("content").GetProperty("buttons")[option - 1].GetProperty("value").Clone();

    /// <summary>Taps a card button in the group; returns the bot's answer.</summary>
    public async Task<string> TapAsync(string groupId, string token, JsonElement value)
    {
        using var response = await Groups.DirectLine.PostAsync(groupId, token, JsonSerializer.Serialize(new { type = "message", text = "", value }));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var id = BotHost.Json(await response.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
        return Assert.Single(await Groups.BotRepliesAsync(groupId, token, id));
    }

    /// <summary>Types in the group; returns the bot's answer.</summary>
    public async Task<string> SayAsync(string groupId, string token, string text) =>
        Assert.Single(await Groups.BotRepliesAsync(groupId, token, await Groups.SayAsync(groupId, token, text)));

    /// <summary>Runs the close job now, as Quartz would.</summary>
    public Task<int> CloseDueAsync() => Bot.Services.GetRequiredService<PollCloseJob>().RunAsync(CancellationToken.None);

    public ValueTask DisposeAsync() => Bot.DisposeAsync();
}
