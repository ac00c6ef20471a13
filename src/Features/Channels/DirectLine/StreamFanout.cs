using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// Pushes a conversation's logged activities to this instance's open sockets exactly once and in watermark
/// order, whichever source says the log grew: a local append, another instance's hint, or a resync after
/// hints may have been lost. Per conversation with local sockets it remembers the highest seq pushed; the next
/// seq is pushed as is (the hot path: no read), anything further is read from the shared log first.
/// </summary>
public sealed partial class StreamFanout(DirectLineHub hub, DirectLineLog log, ILogger<StreamFanout> logger)
{
    private const int ReadBatch = 500;

    private readonly ConcurrentDictionary<string, Cursor> _cursors = new(StringComparer.Ordinal);
    private readonly Lock _membership = new();

    /// <summary>Registers an open socket; <paramref name="knownSeq"/> is the log's end as read before it opened.</summary>
    public void Open(string conversationId, StreamConnection connection, long knownSeq)
    {
        // Cursor and sockets change together, so a cursor exists exactly while the conversation has sockets here.
        lock (_membership)
        {
            _cursors.GetOrAdd(conversationId, _ => new Cursor(knownSeq));
            hub.Add(conversationId, connection);
        }
    }

    public void Close(string conversationId, StreamConnection connection)
    {
        lock (_membership)
        {
            hub.Remove(conversationId, connection);
            if (hub.Connections(conversationId).Count == 0)
            {
                _cursors.TryRemove(conversationId, out _);
            }
        }
    }

    /// <summary><paramref name="logged"/> was committed (by this instance, or another's hint carried the row).</summary>
    public Task AppendedAsync(string conversationId, LoggedActivity logged) =>
        AdvanceAsync(conversationId, logged.Seq, logged);

    /// <summary>Something (another instance, an outbox commit) appended up to <paramref name="seq"/>.</summary>
    public Task HintAsync(string conversationId, long seq) => AdvanceAsync(conversationId, seq, null);

    /// <summary>Reads every locally open conversation to its end (after the listener was down).</summary>
    public async Task ResyncAsync()
    {
        foreach (var conversationId in _cursors.Keys)
        {
            await AdvanceAsync(conversationId, long.MaxValue, null);
        }
    }

    public Task OnSignalAsync(ConversationSignal signal, CancellationToken cancellationToken)
    {
        switch (signal.Kind)
        {
            case ConversationSignalKind.Resync:
                return ResyncAsync();
            case ConversationSignalKind.Typing:
                hub.Publish(signal.ConversationId, signal.Payload!, 0);
                return Task.CompletedTask;
            case ConversationSignalKind.Disconnect when signal.ConversationId.Length == 0:
                hub.DisconnectUser(signal.Payload!);
                return Task.CompletedTask;
            case ConversationSignalKind.Disconnect:
                hub.Disconnect(signal.ConversationId, signal.Payload!);
                return Task.CompletedTask;
            case ConversationSignalKind.Alert:
                return Task.CompletedTask; // for consoles, not streams (ConversationSignalsService hands it on)
            case ConversationSignalKind.Appended when signal.Payload is { } json:
                return AppendedAsync(signal.ConversationId, new LoggedActivity(signal.Seq, json));
            default:
                return HintAsync(signal.ConversationId, signal.Seq);
        }
    }

    private async Task AdvanceAsync(string conversationId, long seq, LoggedActivity? logged)
    {
        if (!_cursors.TryGetValue(conversationId, out var cursor) || seq <= Volatile.Read(ref cursor.Pushed))
        {
            return;
        }

        // Not cancellable: the activity is committed, and a socket must not skip it because a request went away.
        await cursor.Gate.WaitAsync(CancellationToken.None);
        try
        {
            if (logged is not null && logged.Seq == cursor.Pushed + 1)
            {
                Push(conversationId, cursor, logged);
                return;
            }

            while (cursor.Pushed < seq)
            {
                var rows = await log.ReadAfterAsync(conversationId, cursor.Pushed, ReadBatch, CancellationToken.None);
                foreach (var row in rows)
                {
                    Push(conversationId, cursor, row);
                }

                if (rows.Count < ReadBatch)
                {
                    return;
                }
            }
        }
        catch (Exception ex)
        {
            // The next append, hint or resync reads from where this stopped.
            LogCatchUpFailed(logger, ex);
        }
        finally
        {
            cursor.Gate.Release();
        }
    }

    private void Push(string conversationId, Cursor cursor, LoggedActivity row)
    {
        hub.Publish(conversationId, row.Json, row.Seq);
        Volatile.Write(ref cursor.Pushed, row.Seq);
    }

    [LoggerMessage(EventId = 411, Level = LogLevel.Warning, Message = "Reading a Direct Line conversation's new activities for its open streams failed; the next signal retries")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception);

    private sealed class Cursor(long pushed)
    {
        public long Pushed = pushed;

        public SemaphoreSlim Gate { get; } = new(1, 1);
    }
}
