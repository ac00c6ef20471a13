using System.Net.WebSockets;
using System.Threading.Channels;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// One open Direct Line WebSocket. Frames wait in a bounded queue drained by one send loop; a client that
/// stops reading fills it and is disconnected, so it never slows the others. Until the replay of missed
/// activities is queued, live frames are held back; a logged activity at or below the highest watermark
/// already queued (by the replay or live) is dropped, whenever it comes, so the client sees every activity once
/// and in order however many sources (local appends, other instances, resyncs) offer it. Client frames are read and ignored. A client that
/// keeps up gets the frame shared by all sockets; one that has a backlog gets it merged into one activity set,
/// so a busy group costs fewer sends exactly when sending is the bottleneck.
/// </summary>
public sealed class StreamConnection(WebSocket socket, string userId, int capacity)
{
    // Synchronous continuations: an idle socket's send loop resumes on the thread that offers the frame, so a
    // message to 500 sockets is 500 sends on the publishing thread (the socket transport writes them out), not
    // 500 thread-pool work items; a send that must wait frees that thread at its first await. Only a loop waiting
    // on an empty queue runs inline, and then for the one frame just offered: a client that stops reading has a
    // send pending (Kestrel's output pipe is full), so its frames are only queued and it is cut off when the queue
    // is full; it costs the publisher (a committing turn, the LISTEN loop) nothing and holds back no other socket
    // (StreamSocketTests). What runs inline is the transport's synchronous part of one send: it must never block,
    // as Kestrel's does not. The inline loop takes no lock the publisher holds (it reads the queue and sends); if a
    // send fails, the socket's teardown may start inline, and takes only StreamFanout's membership lock, which no
    // publisher holds.
    private readonly Channel<StreamFrame> _queue = Channel.CreateBounded<StreamFrame>(
        new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait, AllowSynchronousContinuations = true });
    private readonly Lock _gate = new();
    private List<StreamFrame>? _held = [];
    private long _queuedUpTo;

    public string UserId { get; } = userId;

    /// <summary>True once the client fell too far behind and was cut off.</summary>
    public bool Dropped { get; private set; }

    /// <summary>
    /// Offers a live frame holding the one activity <paramref name="activity"/> (its UTF-8 JSON, a slice of the frame);
    /// <paramref name="seq"/> is 0 for activities outside the log (typing).
    /// </summary>
    public void Offer(byte[] frame, ReadOnlyMemory<byte> activity, long seq)
    {
        var outgoing = new StreamFrame(frame, activity, seq);
        lock (_gate)
        {
            if (_held is not null)
            {
                _held.Add(outgoing);
            }
            else
            {
                EnqueueLive(outgoing);
            }
        }
    }

    /// <summary>Queues the replay, then lets held live frames through.</summary>
    public void GoLive(byte[]? replay, long replayedUpTo)
    {
        if (replay is not null)
        {
            Enqueue(new StreamFrame(replay, ReadOnlyMemory<byte>.Empty, 0));
        }

        lock (_gate)
        {
            _queuedUpTo = replayedUpTo;
            foreach (var held in _held!)
            {
                EnqueueLive(held);
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

    /// <summary>
    /// Runs the socket until either side closes it or <paramref name="cancellationToken"/> fires; at each keep-alive,
    /// <paramref name="stillValid"/> decides whether the token that opened it still holds (else the socket is cut).
    /// </summary>
    public async Task RunAsync(
        TimeSpan keepAlive, TimeProvider clock, Func<CancellationToken, ValueTask<bool>> stillValid, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sending = SendLoopAsync(stop.Token);
        var keeping = KeepAliveLoopAsync(keepAlive, clock, stillValid, stop.Token);
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

    /// <summary>Queues a live frame unless its activity was already queued (caller holds the gate).</summary>
    private void EnqueueLive(StreamFrame outgoing)
    {
        if (outgoing.Seq != 0)
        {
            if (outgoing.Seq <= _queuedUpTo)
            {
                return;
            }

            _queuedUpTo = outgoing.Seq;
        }

        Enqueue(outgoing);
    }

    private void Enqueue(StreamFrame outgoing)
    {
        if (!_queue.Writer.TryWrite(outgoing) && !Dropped)
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
            var batch = new List<StreamFrame>(StreamFrame.MaxMerged);
            var sends = new List<byte[]>();
            var scratch = new List<ReadOnlyMemory<byte>>(StreamFrame.MaxMerged);
            while (await _queue.Reader.WaitToReadAsync(cancellationToken))
            {
                batch.Clear();
                sends.Clear();
                while (batch.Count < StreamFrame.MaxMerged && _queue.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }

                StreamFrame.Merge(batch, sends, scratch);
                foreach (var frame in sends)
                {
                    await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                }
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

    private async Task KeepAliveLoopAsync(
        TimeSpan interval, TimeProvider clock, Func<CancellationToken, ValueTask<bool>> stillValid, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(interval, clock, cancellationToken);
                if (!await stillValid(cancellationToken))
                {
                    Disconnect();
                    return;
                }

                Enqueue(new StreamFrame([], ReadOnlyMemory<byte>.Empty, 0));
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
