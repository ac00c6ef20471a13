using System.Net.WebSockets;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Cluster;

/// <summary>What the cluster tests do to an instance: open a group's Direct Line stream on it, read texts from that stream.</summary>
internal static class ClusterStreams
{
    public static async Task<ClientWebSocket> OpenStreamAsync(BotHost host, string token, string groupId, string? watermark = null)
    {
        var client = new DirectLineClient(host, DirectLineClient.Secret);
        using var response = watermark is null
            ? await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", token)
            : await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{groupId}?watermark={watermark}", token);
        response.EnsureSuccessStatusCode();
        var streamUrl = BotHost.Json(await response.Content.ReadAsStringAsync()).GetProperty("streamUrl").GetString()!;
        Assert.StartsWith(host.BaseAddress.GetLeftPart(UriPartial.Authority).Replace("http", "ws", StringComparison.Ordinal), streamUrl, StringComparison.Ordinal);
        return await DirectLineClient.OpenAsync(streamUrl);
    }

    /// <summary>Every message text received up to and including <paramref name="last"/>, duplicates kept.</summary>
    public static async Task<List<string>> ReceiveTextsUntilAsync(ClientWebSocket socket, string last)
    {
        var texts = new List<string>();
        await ReceiveUntilAsync(socket, last, texts);
        return texts;
    }

    public static async Task<string> ReceiveWatermarkUntilAsync(ClientWebSocket socket, string last) =>
        await ReceiveUntilAsync(socket, last, []);

    public static async Task<string> ReceiveUntilAsync(ClientWebSocket socket, string last, List<string> texts)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var set = await DirectLineClient.ReceiveSetAsync(socket, timeout.Token);
            foreach (var activity in set.GetProperty("activities").EnumerateArray())
            {
                if (activity.GetProperty("type").GetString() == "message" && activity.TryGetProperty("text", out var text))
                {
                    texts.Add(text.GetString()!);
                    if (text.GetString() == last)
                    {
                        return set.GetProperty("watermark").GetString()!;
                    }
                }
            }
        }
    }
}
