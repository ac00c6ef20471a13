using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Bot.Tests.SignUps;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Notices;

/// <summary>
/// Members on the member page (sign in, open their 1:1 chat) and staff sending notices with a staff token,
/// on top of <see cref="GroupFixture"/>; plus reading a 1:1 chat's history as the member's page does.
/// </summary>
internal sealed class MemberChats(BotHost host)
{
    public GroupFixture Groups { get; } = new(host);

    public static Dictionary<string, string?> Settings()
    {
        var settings = GroupFixture.Settings();
        foreach (var (key, value) in Notices.NoticeHost.Settings)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Signs in and opens the member's 1:1 chat (the bot greets them); returns its id and token.</summary>
    public async Task<(string ConversationId, string Token)> OpenChatAsync(string memberNumber, string name)
    {
        var (conversationId, token, _) = await OpenStreamAsync(memberNumber, name);
        return (conversationId, token);
    }

    /// <summary>As <see cref="OpenChatAsync"/>, also returning the stream URL the page would open.</summary>
    public async Task<(string ConversationId, string Token, string StreamUrl)> OpenStreamAsync(string memberNumber, string name)
    {
        var session = await Groups.SignInAsync(memberNumber, name);
        var grant = session.GetProperty("directLine");
        var conversationId = grant.GetProperty("conversationId").GetString()!;
        using var start = await Groups.DirectLine.SendAsync(HttpMethod.Post, "v3/directline/conversations", grant.GetProperty("token").GetString());
        start.EnsureSuccessStatusCode();
        var body = BotHost.Json(await start.Content.ReadAsStringAsync());
        return (conversationId, body.GetProperty("token").GetString()!, body.GetProperty("streamUrl").GetString()!);
    }

    /// <summary>The texts the bot posted in a conversation, oldest first.</summary>
    public async Task<List<string>> BotTextsAsync(string conversationId, string token)
    {
        var history = await Groups.DirectLine.GetActivitiesAsync(conversationId, token);
        return [.. history.GetProperty("activities").EnumerateArray()
            .Where(a => a.GetProperty("from").TryGetProperty("role", out var role) && role.GetString() == "bot" && a.TryGetProperty("text", out _))
            .Select(a => a.GetProperty("text").GetString()!)];
    }

    public async Task<string> CreateNoticeAsync(object body)
    {
        using var response = await Groups.AdminAsync(HttpMethod.Post, "api/admin/notices", body);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return BotHost.Json(await response.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>Polls the notice's report until it has recipients and nothing is pending.</summary>
    public Task<JsonElement> SettledReportAsync(string id, long recipients = 1) => host.SettledNoticeReportAsync(id, recipients);

    public static (long Recipients, long Sent, long Failed) Counts(JsonElement report) =>
        (report.GetProperty("recipients").GetInt64(), report.GetProperty("sent").GetInt64(), report.GetProperty("failed").GetInt64());
}
