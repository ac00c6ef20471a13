using System.Net.WebSockets;
using System.Text;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.Protocol;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>The WebSocket stream: replay, live fan-out, ignored client frames, and clients that never read.</summary>
public sealed class DirectLineStreamTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHost.StartAsync(settings: DirectLineClient.Settings(("DirectLine:SocketQueueCapacity", "16")));
        _client = new DirectLineClient(_bot, DirectLineClient.Secret);
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task The_stream_replays_the_welcome_then_carries_echo_and_reply_and_ignores_client_frames()
    {
        var (conversationId, token, streamUrl) = await _client.StartAsync("dl_vera");
        using var socket = await DirectLineClient.OpenAsync(streamUrl);

        var welcome = await DirectLineClient.ReceiveUntilAsync(socket, _ => true);
        await socket.SendAsync("garbage that is not JSON"u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, CancellationToken.None);
        using var post = await _client.PostAsync(conversationId, token, """{"type":"message","text":"你好","channelData":{"clientActivityID":"w-1"}}""");
        var next = await DirectLineClient.ReceiveActivitiesAsync(socket, 2);
        var (echo, reply) = (next[0], next[1]);

        Assert.Equal($"{conversationId}|0000001", welcome.GetProperty("id").GetString());
        Assert.Equal($"{conversationId}|0000002", echo.GetProperty("id").GetString());
        Assert.Equal("w-1", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal($"{conversationId}|0000003", reply.GetProperty("id").GetString());
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task Reconnecting_with_a_watermark_replays_only_what_came_after_it()
    {
        var (conversationId, token, _) = await _client.StartAsync("dl_will");
        await _client.PostAsync(conversationId, token, """{"type":"message","text":"你好"}""");

        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark=2", token);
        var body = BotHost.Json(await reconnect.Content.ReadAsStringAsync());
        using var socket = await DirectLineClient.OpenAsync(body.GetProperty("streamUrl").GetString()!);
        var first = await DirectLineClient.ReceiveUntilAsync(socket, _ => true);

        Assert.Equal(conversationId, body.GetProperty("conversationId").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("token").GetString()));
        Assert.Equal($"{conversationId}|0000003", first.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_client_that_never_reads_is_dropped_while_another_gets_everything_in_order()
    {
        var (conversationId, _, streamUrl) = await _client.StartAsync("dl_xena");
        var hub = _bot.Services.GetRequiredService<DirectLineHub>();
        var transcript = _bot.Services.GetRequiredService<DirectLineTranscript>();
        using var stalled = await DirectLineClient.OpenAsync(streamUrl);
        using var reader = await DirectLineClient.OpenAsync(streamUrl.Replace("watermark=0", "watermark=1", StringComparison.Ordinal));
        while (hub.Connections(conversationId).Count < 2)
        {
            await Task.Yield();
        }

        var both = hub.Connections(conversationId).ToList();

        var text = new string('x', 100_000);
        long seq = 1;
        var received = new List<string>();
        while (!both.Any(c => c.Dropped) && seq < 2000)
        {
            var logged = await transcript.AppendAsync(conversationId, new Activity
            {
                Type = ActivityTypes.Message, Text = text, From = new ChannelAccount { Id = "engagebot" },
            }, CancellationToken.None);
            seq = logged!.Seq;
            received.AddRange((await DirectLineClient.ReceiveActivitiesAsync(reader, 1)).Select(a => a.GetProperty("id").GetString()!));
        }

        Assert.Single(both, c => c.Dropped);
        Assert.Equal(Enumerable.Range(2, (int)seq - 1).Select(i => DirectLineChannel.ActivityId(conversationId, i)), received);
        Assert.Equal(WebSocketState.Open, reader.State);
        var health = await _bot.Http.GetAsync("healthz");
        Assert.True(health.IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_burst_reaches_a_socket_once_each_and_in_order_merged_or_not()
    {
        var (conversationId, _, streamUrl) = await _client.StartAsync("dl_yuki");
        var transcript = _bot.Services.GetRequiredService<DirectLineTranscript>();
        using var socket = await DirectLineClient.OpenAsync(streamUrl);
        await DirectLineClient.ReceiveUntilAsync(socket, _ => true); // the welcome

        // Fewer than the socket's queue (16 here), so a slow test machine cannot make this a drop.
        for (var i = 0; i < 12; i++)
        {
            await transcript.AppendAsync(conversationId, new Activity
            {
                Type = ActivityTypes.Message, Text = $"第{i}条", From = new ChannelAccount { Id = "engagebot" },
            }, CancellationToken.None);
        }

        var ids = new List<string>();
        string? lastWatermark = null;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (ids.Count < 12)
        {
            var set = await DirectLineClient.ReceiveSetAsync(socket, timeout.Token);
            ids.AddRange(set.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString()!));
            lastWatermark = set.GetProperty("watermark").GetString();
        }

        Assert.Equal(Enumerable.Range(2, 12).Select(i => DirectLineChannel.ActivityId(conversationId, i)), ids);
        Assert.Equal("13", lastWatermark);
    }
}
