using System.Collections.Concurrent;
using System.Text.Json;
using EngageBot.Bot;
using EngageBot.Core.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EngageBot.TestKit;

/// <summary>
/// A channel's Connector service on loopback: records every activity the bot posts, with its path and
/// Authorization header, and can be told to answer the next requests with an error first.
/// </summary>
public sealed class ChannelSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _failures = new();
    private readonly System.Threading.Channels.Channel<ReceivedActivity> _received = System.Threading.Channels.Channel.CreateUnbounded<ReceivedActivity>();

    private ChannelSink(WebApplication app)
    {
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        ServiceUrl = address.TrimEnd('/') + "/";
    }

    /// <summary>The serviceUrl to put on activities, e.g. http://127.0.0.1:40123/.</summary>
    public string ServiceUrl { get; }

    public ConcurrentQueue<ReceivedActivity> All { get; } = new();

    public static async Task<ChannelSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        ChannelSink? sink = null;
        Func<HttpContext, Task<IResult>> receive = http => sink!.ReceiveAsync(http);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**activityId}", receive);
        app.MapPost("/v3/conversations/{conversationId}/activities", receive);
        await app.StartAsync();
        sink = new ChannelSink(app);
        return sink;
    }

    /// <summary>The next request gets this status (and Retry-After) instead of being recorded; status 0 drops the connection.</summary>
    public void FailNext(int status, string? retryAfter = null) => _failures.Enqueue((status, retryAfter));

    public async Task<ReceivedActivity> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await _received.Reader.ReadAsync(cts.Token);
    }

    /// <summary>True when nothing more arrives within <paramref name="wait"/>.</summary>
    public async Task<bool> StaysQuietAsync(TimeSpan wait)
    {
        using var cts = new CancellationTokenSource(wait);
        try
        {
            await _received.Reader.WaitToReadAsync(cts.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    private async Task<IResult> ReceiveAsync(HttpContext http)
    {
        if (_failures.TryDequeue(out var failure))
        {
            if (failure.Status == 0)
            {
                http.Abort();
                return Results.Empty;
            }

            if (failure.RetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            return Results.StatusCode(failure.Status);
        }

        var activity = await JsonSerializer.DeserializeAsync(http.Request.Body, ProtocolJson.Default.Activity);
        var received = new ReceivedActivity(activity!, http.Request.Path, http.Request.Headers.Authorization.ToString())
        {
            RawTarget = http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
        };
        All.Enqueue(received);
        await _received.Writer.WriteAsync(received);
        return Results.Json(new ResourceResponse(Guid.NewGuid().ToString("N")), ProtocolJson.Default.ResourceResponse);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedActivity(Activity Activity, string Path, string Authorization)
{
    /// <summary>The request target exactly as the bot sent it (escapes intact).</summary>
    public string RawTarget { get; init; } = string.Empty;
}
