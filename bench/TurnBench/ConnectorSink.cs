using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace EngageBot.Bench;

/// <summary>
/// A minimal Connector service: accepts the bot's replies and records when the first reply to each
/// inbound activity arrived (Stopwatch ticks, the load generator's clock), and every proactive send (notices).
/// </summary>
public sealed class ConnectorSink : IAsyncDisposable
{
    private static readonly byte[] Ok = """{"id":"r"}"""u8.ToArray();
    private readonly WebApplication _app;
    // What every hand-off reply (opened, still open, acknowledged) tells the member: how to get the bot back. The bot
    // writes JSON with escaped non-ASCII, but either spelling counts.
    private static readonly byte[][] HandoffMarkers =
    [
        "结束人工”"u8.ToArray(), @"\u7ED3\u675F\u4EBA\u5DE5\u201D"u8.ToArray(), @"back to bot\u0022"u8.ToArray(), "back to bot\\\""u8.ToArray(),
    ];

    private readonly ConcurrentDictionary<string, Arrival> _arrivals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _captures = new(StringComparer.Ordinal);
    // Conversations a reply said are with staff. Kept apart from the turn's arrival: a hand-off notice can come as a
    // second reply after the turn was already timed and taken.
    private readonly ConcurrentDictionary<string, byte> _withStaff = new(StringComparer.Ordinal);
    private long _received;
    // Proactive sends (notices: no replyToId), per conversation, with when each arrived.
    private readonly ConcurrentQueue<(string Conversation, long Ticks)> _proactive = new();
    private readonly ConcurrentDictionary<string, int> _proactiveConversations = new(StringComparer.Ordinal);

    private ConnectorSink(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public long Received => Interlocked.Read(ref _received);

    public static async Task<ConnectorSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new ConnectorSink(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", sink.ReceiveAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId) =>
        {
            sink._proactive.Enqueue((conversationId, Stopwatch.GetTimestamp()));
            sink._proactiveConversations.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
            return Results.Bytes(Ok, "application/json");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        sink.ServiceUrl = address.TrimEnd('/') + "/";
        return sink;
    }

    /// <summary>When the reply to <paramref name="replyToId"/> arrived and whether it said the member is with staff, removing the record.</summary>
    public bool TryTakeArrival(string replyToId, out Arrival arrival) => _arrivals.TryRemove(replyToId, out arrival);

    /// <summary>Whether a reply in <paramref name="conversationId"/> said the member is with staff since the last call.</summary>
    public bool TakeHandedOff(string conversationId) => _withStaff.TryRemove(conversationId, out _);

    /// <summary>Every proactive send so far (conversation id, Stopwatch ticks of its arrival), in arrival order.</summary>
    public IReadOnlyList<(string Conversation, long Ticks)> Proactive => [.. _proactive];

    /// <summary>How many proactive sends arrived so far.</summary>
    public int ProactiveCount => _proactive.Count;

    /// <summary>How many conversations got at least one proactive send so far.</summary>
    public int ProactiveConversations => _proactiveConversations.Count;

    /// <summary>Forgets the proactive sends so far (each notice run counts its own).</summary>
    public void ResetProactive()
    {
        _proactive.Clear();
        _proactiveConversations.Clear();
    }

    /// <summary>The body of the first reply to <paramref name="replyToId"/> (asked for before it is sent; for set-up, not measured turns).</summary>
    public Task<string> CaptureAsync(string replyToId) =>
        _captures.GetOrAdd(replyToId, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    private async Task ReceiveAsync(HttpContext http, string conversationId, string replyToId)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _received);
        var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted);
        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        var handedOff = false;
        foreach (var marker in HandoffMarkers)
        {
            handedOff |= bytes.IndexOf(marker) >= 0;
        }

        if (handedOff)
        {
            _withStaff[conversationId] = 0;
        }

        // The first reply to a turn times it.
        _arrivals.TryAdd(replyToId, new Arrival(now));
        if (_captures.TryRemove(replyToId, out var capture))
        {
            capture.TrySetResult(System.Text.Encoding.UTF8.GetString(bytes));
        }

        http.Response.ContentType = "application/json";
        await http.Response.Body.WriteAsync(Ok, http.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>When a turn's first reply arrived (Stopwatch ticks).</summary>
public readonly record struct Arrival(long Ticks);
