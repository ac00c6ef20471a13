using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Notices;

/// <summary>Helpers for notice tests: quiet hours off (tests run at any hour), members who have talked to the bot.</summary>
internal static class NoticeHost
{
    public static readonly Dictionary<string, string?> Settings = new()
    {
        ["Scheduler:QuietHoursStart"] = "00:00:00",
        ["Scheduler:QuietHoursEnd"] = "00:00:00",
        ["Delivery:PollInterval"] = "00:00:00.200",
    };

    /// <summary>Each member says hello (so the service has their conversation reference); their replies are drained.</summary>
    public static async Task TalkAsync(BotHost host, ChannelSink sink, params string[] userIds)
    {
        foreach (var user in userIds)
        {
            var response = await host.PostActivityAsync(Activities.Message(sink.ServiceUrl, "你好", conversationId: "conv-" + user, userId: user));
            response.EnsureSuccessStatusCode();
            await sink.NextAsync();
        }
    }

    public static async Task<string> CreateAsync(BotHost host, object body)
    {
        var response = await host.Admin.PostAsJsonAsync("api/admin/notices", body);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json.GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> GetAsync(BotHost host, string id) =>
        await host.Admin.GetFromJsonAsync<JsonElement>($"api/admin/notices/{id}");

    /// <summary>Receives <paramref name="count"/> activities from the sink (each within the sink's own timeout).</summary>
    public static async Task<List<ReceivedActivity>> ReceiveAsync(ChannelSink sink, int count)
    {
        var received = new List<ReceivedActivity>();
        for (var i = 0; i < count; i++)
        {
            received.Add(await sink.NextAsync(TimeSpan.FromSeconds(30)));
        }

        return received;
    }

    /// <summary>Polls the report until nothing is pending (the service delivers in the background).</summary>
    public static Task<JsonElement> SettledReportAsync(BotHost host, string id, long recipients = 1) => host.SettledNoticeReportAsync(id, recipients);
}
