using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Groups;

/// <summary>Drives groups the way staff and members do: admin API with a staff token, member sign-in, group tokens.</summary>
public sealed class GroupFixture(BotHost host)
{
    public const string StaffKey = "(sign in)";

    public static Dictionary<string, string?> Settings() => DirectLineClient.Settings();

    public DirectLineClient DirectLine { get; } = new(host, DirectLineClient.Secret);

    public async Task<JsonElement> CreateGroupAsync(string name)
    {
        using var response = await AdminAsync(HttpMethod.Post, "api/admin/groups", new { name });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return BotHost.Json(await response.Content.ReadAsStringAsync());
    }

    /// <summary>An admin call with a staff bearer token: <see cref="StaffKey"/> signs in, null sends none, anything else is sent as is.</summary>
    public async Task<HttpResponseMessage> AdminAsync(HttpMethod method, string path, object? body = null, string? key = StaffKey)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (key == StaffKey)
        {
            return await host.Admin.SendAsync(request);
        }

        if (key is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        }

        return await host.Http.SendAsync(request);
    }

    public async Task AddMemberAsync(string groupId, string memberNumber, string name)
    {
        using var response = await AdminAsync(HttpMethod.Post, $"api/admin/groups/{groupId}/members", new { memberNumber, name });
        Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
    }

    private readonly Dictionary<string, JsonElement> _sessions = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Puts the member on the roster and signs in with the SMS code; returns the session JSON. Asked again for the same
    /// member, it returns the session already open, as the member page keeps it (a second code within 60 s is refused).
    /// </summary>
    public async Task<JsonElement> SignInAsync(string memberNumber, string name)
    {
        if (!_sessions.TryGetValue(memberNumber, out var session))
        {
            _sessions[memberNumber] = session = await host.SignInMemberAsync(memberNumber, name);
        }

        return session;
    }

    public async Task<HttpResponseMessage> MemberAsync(JsonElement session, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", session.GetProperty("sessionToken").GetString());
        return await host.Http.SendAsync(request);
    }

    /// <summary>A Direct Line token for the group, as the page gets it.</summary>
    public async Task<string> GroupTokenAsync(JsonElement session, string groupId)
    {
        using var response = await MemberAsync(session, HttpMethod.Post, $"api/members/groups/{groupId}/token");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return BotHost.Json(await response.Content.ReadAsStringAsync()).GetProperty("token").GetString()!;
    }

    /// <summary>Posts text to the group as the token's member; returns the new activity's id.</summary>
    public async Task<string> SayAsync(string groupId, string token, string text)
    {
        using var response = await DirectLine.PostAsync(groupId, token, JsonSerializer.Serialize(new { type = "message", text }));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return BotHost.Json(await response.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>The bot's messages in the group history that answer <paramref name="activityId"/>.</summary>
    public async Task<List<string>> BotRepliesAsync(string groupId, string token, string activityId)
    {
        var history = await DirectLine.GetActivitiesAsync(groupId, token);
        return [.. history.GetProperty("activities").EnumerateArray()
            .Where(a => a.TryGetProperty("replyToId", out var r) && r.GetString() == activityId)
            .Select(a => a.GetProperty("text").GetString()!)];
    }
}
