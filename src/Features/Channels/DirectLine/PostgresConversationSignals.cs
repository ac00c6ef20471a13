using System.Threading.Channels;
using EngageBot.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// Signals over PostgreSQL (<c>Cluster:Enabled</c>). Hints go out after commit as <c>NOTIFY engagebot_dl,
/// 'conversationId:seq'</c>: whatever was committed while the previous round trip ran is sent in the next one
/// (one statement), never from inside an append's transaction. A row committed through the transcript rides in its
/// hint when it fits (<see cref="SignalPayloads.Row"/>), so the others push it without reading the log (one read per
/// instance and message saved, and its round trip off the path); otherwise the hint is the highest seq per
/// conversation and each instance reads what it has not pushed. One dedicated
/// connection LISTENs; after it drops it reconnects with backoff and asks for a resync, since hints sent in
/// between are lost. Live signals (typing, closing a user's sockets) ride in the same batches with their payload
/// (<see cref="SignalPayloads"/>); one lost while a listener is down is not repeated.
/// </summary>
public sealed partial class PostgresConversationSignals(
    IDatabase database, IOptions<StorageOptions> storage, IOptions<ClusterOptions> cluster, TimeProvider clock, ILogger<PostgresConversationSignals> logger)
    : IConversationSignals
{
    public const string ChannelName = "engagebot_dl";

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LastBackoff = TimeSpan.FromSeconds(5);

    private readonly Channel<ConversationSignal> _outgoing =
        Channel.CreateUnbounded<ConversationSignal>(new UnboundedChannelOptions { SingleReader = true });

    // This process, in live signals' payloads: the listener hears its own NOTIFYs too and skips those.
    private readonly string _origin = Guid.NewGuid().ToString("N")[..12];

    /// <summary>The LISTEN connection's application_name (the instance's <c>Cluster:NodeName</c>; operators and tests find it by this).</summary>
    public string ListenerName { get; } = AtMost63("engagebot-listen-" + cluster.Value.NodeName);

    public void Committed(string conversationId, long seq) =>
        _outgoing.Writer.TryWrite(new ConversationSignal(ConversationSignalKind.Appended, conversationId, seq));

    public void Committed(string conversationId, LoggedActivity row) =>
        _outgoing.Writer.TryWrite(new ConversationSignal(ConversationSignalKind.Appended, conversationId, row.Seq, row.Json));

    public void Broadcast(ConversationSignal signal) => _outgoing.Writer.TryWrite(signal);

    public Task RunAsync(Func<ConversationSignal, CancellationToken, Task> onSignal, CancellationToken cancellationToken) =>
        Task.WhenAll(NotifyLoopAsync(cancellationToken), ListenLoopAsync(onSignal, cancellationToken));

    private async Task NotifyLoopAsync(CancellationToken cancellationToken)
    {
        var pending = new Dictionary<string, long>(StringComparer.Ordinal);
        var rows = new List<string>();
        var live = new List<string>();
        var backoff = FirstBackoff;
        try
        {
            while (await _outgoing.Reader.WaitToReadAsync(cancellationToken))
            {
                while (_outgoing.Reader.TryRead(out var signal))
                {
                    if (signal is { Kind: ConversationSignalKind.Appended, Payload: { } json }
                        && SignalPayloads.Row(_origin, signal.ConversationId, signal.Seq, json) is { } row)
                    {
                        rows.Add(row);
                    }
                    else if (signal.Kind == ConversationSignalKind.Appended)
                    {
                        pending[signal.ConversationId] = Math.Max(signal.Seq, pending.GetValueOrDefault(signal.ConversationId));
                    }
                    else if (SignalPayloads.Live(_origin, signal) is { } text)
                    {
                        live.Add(text);
                    }
                }

                try
                {
                    await NotifyAsync(pending, rows, live, cancellationToken);
                    pending.Clear();
                    rows.Clear();
                    live.Clear();
                    backoff = FirstBackoff;
                }
                catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
                {
                    // Kept and sent with the next batch; a listener that missed them meanwhile resyncs anyway.
                    LogNotifyFailed(logger, ex);
                    await Task.Delay(backoff, clock, cancellationToken);
                    backoff = Next(backoff);
                    _outgoing.Writer.TryWrite(new ConversationSignal(ConversationSignalKind.Appended, string.Empty, 0));
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task NotifyAsync(Dictionary<string, long> pending, List<string> rows, List<string> live, CancellationToken cancellationToken)
    {
        pending.Remove(string.Empty);
        if (pending.Count == 0 && rows.Count == 0 && live.Count == 0)
        {
            return;
        }

        // Live signals first: a socket closed for a removed member must not first get what was appended after the removal.
        // Rows in commit order (one transaction's notifications arrive in order); a receiver reads the log for any gap.
        string[] payloads = [.. live, .. rows, .. pending.Select(p => SignalPayloads.Appended(p.Key, p.Value))];
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command($"SELECT pg_notify('{ChannelName}', p) FROM unnest(@p) AS p").With("@p", payloads);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task ListenLoopAsync(Func<ConversationSignal, CancellationToken, Task> onSignal, CancellationToken cancellationToken)
    {
        var backoff = FirstBackoff;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ListenerConnectionString());
                await connection.OpenAsync(cancellationToken);
                var received = new List<ConversationSignal>();
                connection.Notification += (_, e) =>
                {
                    if (SignalPayloads.TryParse(e.Payload, _origin, out var signal))
                    {
                        received.Add(signal);
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                }

                backoff = FirstBackoff;
                LogListening(logger);

                // Whatever was appended while nobody here listened (first start, or after a drop).
                await onSignal(ConversationSignal.Resync, cancellationToken);
                while (true)
                {
                    await connection.WaitAsync(cancellationToken);
                    foreach (var signal in received)
                    {
                        await onSignal(signal, cancellationToken);
                    }

                    received.Clear();
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException or IOException)
            {
                LogListenerLost(logger, ex);
                try
                {
                    await Task.Delay(backoff, clock, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                backoff = Next(backoff);
            }
        }
    }

    private string ListenerConnectionString() => new NpgsqlConnectionStringBuilder(storage.Value.ConnectionString)
    {
        ApplicationName = ListenerName,
        Pooling = false,
        Multiplexing = false, // a LISTEN holds its own connection; multiplexing (if the storage string turns it on) needs a pool
        KeepAlive = 15,
    }.ConnectionString;

    // application_name is cut at 63 bytes by PostgreSQL anyway (NAMEDATALEN); cut here so tests find it as set.
    private static string AtMost63(string name) => name.Length > 63 ? name[..63] : name;

    private static TimeSpan Next(TimeSpan backoff) => backoff * 2 < LastBackoff ? backoff * 2 : LastBackoff;

    [LoggerMessage(EventId = 412, Level = LogLevel.Information, Message = "Listening for other instances' Direct Line activities")]
    private static partial void LogListening(ILogger logger);

    [LoggerMessage(EventId = 413, Level = LogLevel.Warning, Message = "The Direct Line LISTEN connection dropped; reconnecting, then re-reading every open conversation")]
    private static partial void LogListenerLost(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 414, Level = LogLevel.Warning, Message = "Sending Direct Line hints to other instances failed; retrying")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception);
}
