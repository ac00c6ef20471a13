using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;

namespace EngageBot.Features.Tests.Channels.DirectLine;

/// <summary>
/// A server-side WebSocket whose client never writes: what the server sends is recorded; <see cref="Hold"/> makes a
/// send wait (by its index) as a real send waits while the client does not read. Aborting it ends the receive side.
/// </summary>
internal sealed class FakeSocket : WebSocket
{
    private readonly Channel<byte[]> _sent = Channel.CreateUnbounded<byte[]>();
    private readonly TaskCompletionSource _aborted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebSocketState _state = WebSocketState.Open;
    private int _sends;

    private readonly TaskCompletionSource _holding = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Given a send's index (0 first), a task that send waits for before it completes (a completed one: no wait).</summary>
    public Func<int, Task> Hold { get; init; } = _ => Task.CompletedTask;

    public override WebSocketCloseStatus? CloseStatus => null;

    public override string? CloseStatusDescription => null;

    public override WebSocketState State => _state;

    public override string? SubProtocol => null;

    public override Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken)
    {
        var frame = buffer.ToArray();
        var hold = Hold(_sends++);
        if (hold.IsCompleted)
        {
            _sent.Writer.TryWrite(frame);
            return Task.CompletedTask;
        }

        return SendLaterAsync(frame, hold, cancellationToken);
    }

    public override async Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken)
    {
        await _aborted.Task.WaitAsync(cancellationToken);
        throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely);
    }

    public override void Abort()
    {
        _state = WebSocketState.Aborted;
        _aborted.TrySetResult();
    }

    public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken)
    {
        _state = WebSocketState.CloseSent;
        return Task.CompletedTask;
    }

    public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
        CloseOutputAsync(closeStatus, statusDescription, cancellationToken);

    public override void Dispose()
    {
    }

    /// <summary>The next frame sent, waiting at most 30 s (a frame that never comes fails the test instead of hanging it).</summary>
    public async Task<byte[]> NextFrameAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            return await _sent.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException("No frame reached this socket within 30 s.");
        }
    }

    /// <summary>The activities of the next frames until <paramref name="count"/> arrived: each one's seq (from its id) and text.</summary>
    public async Task<List<(long Seq, string Text)>> ActivitiesAsync(int count)
    {
        var activities = new List<(long, string)>();
        while (activities.Count < count)
        {
            using var set = JsonDocument.Parse(await NextFrameAsync());
            foreach (var activity in set.RootElement.GetProperty("activities").EnumerateArray())
            {
                var id = activity.GetProperty("id").GetString()!;
                activities.Add((long.Parse(id[(id.LastIndexOf('|') + 1)..], System.Globalization.CultureInfo.InvariantCulture), activity.GetProperty("text").GetString()!));
            }
        }

        return activities;
    }

    /// <summary>Waits (at most 30 s) until a send waits on its <see cref="Hold"/>.</summary>
    public async Task HoldingAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
#pragma warning disable VSTHRD003 // Completed by this socket's own send, never in a captured context.
        await _holding.Task.WaitAsync(timeout.Token);
#pragma warning restore VSTHRD003
    }

    /// <summary>Nothing more was sent so far.</summary>
    public bool NothingMore => !_sent.Reader.TryPeek(out _);

    private async Task SendLaterAsync(byte[] frame, Task hold, CancellationToken cancellationToken)
    {
        _holding.TrySetResult();
#pragma warning disable VSTHRD003 // The test's own gate.
        await hold.WaitAsync(cancellationToken);
#pragma warning restore VSTHRD003
        _sent.Writer.TryWrite(frame);
    }
}
