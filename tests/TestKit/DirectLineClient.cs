using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using EngageBot.Bot;

namespace EngageBot.TestKit;

/// <summary>A bare Direct Line client for tests: raw HTTP and WebSocket, so every status and body is visible.</summary>
public sealed class DirectLineClient(BotHost host, string secret)
{
    public const string Secret = "test-directline-secret-0123456789";

    public static Dictionary<string, string?> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    public async Task<(string ConversationId, string Token)> GenerateAsync(string userId, string? name = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/tokens/generate")
        {
            Content = JsonContent.Create(new { user = new { id = userId, name } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var response = await host.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = BotHost.Json(await response.Content.ReadAsStringAsync());
        return (body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!);
    }

    /// <summary>Generates a token and starts its conversation; returns the start response body.</summary>
    public async Task<(string ConversationId, string Token, string StreamUrl)> StartAsync(string userId, string? name = null)
    {
        var (conversationId, token) = await GenerateAsync(userId, name);
        using var response = await SendAsync(HttpMethod.Post, "v3/directline/conversations", token);
        response.EnsureSuccessStatusCode();
        var body = BotHost.Json(await response.Content.ReadAsStringAsync());
        return (conversationId, body.GetProperty("token").GetString()!, body.GetProperty("streamUrl").GetString()!);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return host.Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(string conversationId, string token, string json) =>
        SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token,
            new StringContent(json, Encoding.UTF8, "application/json"));

    public async Task<JsonElement> GetActivitiesAsync(string conversationId, string token, string watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return BotHost.Json(await response.Content.ReadAsStringAsync());
    }

    public static async Task<ClientWebSocket> OpenAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        return socket;
    }

    /// <summary>The next non-empty frame (keep-alives skipped), parsed.</summary>
    public static async Task<JsonElement> ReceiveSetAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    throw new WebSocketException("The server closed the stream.");
                }

                await message.WriteAsync(buffer.AsMemory(0, result.Count), cancellationToken);
            }
            while (!result.EndOfMessage);

            Assert.Equal(WebSocketMessageType.Text, result.MessageType);
            if (message.Length > 0)
            {
                return BotHost.Json(Encoding.UTF8.GetString(message.ToArray()));
            }
        }
    }

    /// <summary>The next <paramref name="count"/> activities, however the server grouped them into sets.</summary>
    public static async Task<List<JsonElement>> ReceiveActivitiesAsync(ClientWebSocket socket, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var activities = new List<JsonElement>();
        while (activities.Count < count)
        {
            var set = await ReceiveSetAsync(socket, timeout.Token);
            activities.AddRange(set.GetProperty("activities").EnumerateArray());
        }

        return activities;
    }

    /// <summary>Receives until an activity matches; returns it (the rest of its set is dropped).</summary>
    public static async Task<JsonElement> ReceiveUntilAsync(ClientWebSocket socket, Func<JsonElement, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var set = await ReceiveSetAsync(socket, timeout.Token);
            foreach (var activity in set.GetProperty("activities").EnumerateArray())
            {
                if (match(activity))
                {
                    return activity;
                }
            }
        }
    }
}
