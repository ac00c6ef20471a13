using System.Net.WebSockets;
using System.Threading.Channels;

namespace EngageBot.Bot.Channels.DirectLine;

/// <summary>
/// One open Direct Line WebSocket. Frames wait in a bounded queue drained by one send loop; a client that
/// stops reading fills it and is disconnected, so it never slows the others. Until the replay of missed
/// activities is queued, live frames are held back (and those the replay already covered are dropped),
/// so the client sees every activity once and in order. Client frames are read and ignored.
/// </summary>
public sealed class StreamConnection(WebSocket socket, string userId, int capacity)
{
    private readonly Channel<byte[]> _queue = Channel.CreateBounded<byte[]>(
        new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Lock _gate = new();
    private List<(byte[] Frame, long Seq)>? _held = [];
    private long _replayedUpTo;

    public string UserId { get; } = userId;

    /// <summary>True once the client fell too far behind and was cut off.</summary>
    public bool Dropped { get; private set; }

    /// <summary>Offers a live frame; <paramref name="seq"/> is 0 for frames outside the log (typing).</summary>
    public void Offer(byte[] frame, long seq)
    {
        lock (_gate)
        {
            if (_held is not null)
            {
                _held.Add((frame, seq));
                return;
            }
        }

        Enqueue(frame);
    }

    /// <summary>Queues the replay, then lets held live frames through.</summary>
    public void GoLive(byte[]? replay, long replayedUpTo)
    {
        if (replay is not null)
        {
            Enqueue(replay);
        }

        lock (_gate)
        {
            _replayedUpTo = replayedUpTo;
            foreach (var (frame, seq) in _held!)
            {
                if (seq == 0 || seq > _replayedUpTo)
                {
                    Enqueue(frame);
                }
            }

            _held = null;
        }
    }

    /// <summary>Cuts the connection (the member left the group).</summary>
    public void Disconnect()
    {
        _queue.Writer.TryComplete();
        socket.Abort();
    }

    /// <summary>Runs the socket until either side closes it or <paramref name="cancellationToken"/> fires.</summary>
    public async Task RunAsync(TimeSpan keepAlive, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sending = SendLoopAsync(stop.Token);
        var keeping = KeepAliveLoopAsync(keepAlive, clock, stop.Token);
        var receiving = ReceiveLoopAsync(stop.Token);
        await Task.WhenAny(sending, receiving);
        await stop.CancelAsync();
        _queue.Writer.TryComplete();
        try
        {
            await Task.WhenAll(sending, receiving, keeping);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The connection is over either way.
        }
    }

    private void Enqueue(byte[] frame)
    {
        if (!_queue.Writer.TryWrite(frame) && !Dropped)
        {
            Dropped = true;
            _queue.Writer.TryComplete();
            socket.Abort();
        }
    }

    private async Task SendLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var frame in _queue.Reader.ReadAllAsync(cancellationToken))
            {
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }

            if (!Dropped && socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The client went away or was dropped.
        }
    }

    private async Task KeepAliveLoopAsync(TimeSpan interval, TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(interval, clock, cancellationToken);
                Enqueue([]);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped with the connection.
        }
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The client went away or was dropped.
        }
    }
}
