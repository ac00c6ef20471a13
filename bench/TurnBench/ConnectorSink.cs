using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace EngageBot.Bench;

/// <summary>
/// A minimal Connector service: accepts the bot's replies and records when the first reply to each
/// inbound activity arrived (Stopwatch ticks, the load generator's clock).
/// </summary>
public sealed class ConnectorSink : IAsyncDisposable
{
    private static readonly byte[] Ok = """{"id":"r"}"""u8.ToArray();
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, long> _arrivals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _captures = new(StringComparer.Ordinal);
    private long _received;

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
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        sink.ServiceUrl = address.TrimEnd('/') + "/";
        return sink;
    }

    /// <summary>When the reply to <paramref name="replyToId"/> arrived, removing the record.</summary>
    public bool TryTakeArrival(string replyToId, out long ticks) => _arrivals.TryRemove(replyToId, out ticks);

    /// <summary>The body of the first reply to <paramref name="replyToId"/> (asked for before it is sent; for set-up, not measured turns).</summary>
    public Task<string> CaptureAsync(string replyToId) =>
        _captures.GetOrAdd(replyToId, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    private async Task ReceiveAsync(HttpContext http, string replyToId)
    {
        var now = Stopwatch.GetTimestamp();
        _arrivals.TryAdd(replyToId, now);
        Interlocked.Increment(ref _received);
        if (_captures.TryRemove(replyToId, out var capture))
        {
            using var reader = new StreamReader(http.Request.Body);
            capture.TrySetResult(await reader.ReadToEndAsync(http.RequestAborted));
        }

        var buffer = new byte[4096];
        while (await http.Request.Body.ReadAsync(buffer, http.RequestAborted) > 0)
        {
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
