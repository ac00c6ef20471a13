using System.Collections.Concurrent;
using System.Data.Common;
using EngageBot.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Outbox;

/// <summary>
/// Deletes the parked rows of replies an external channel took, off the turn's path: keys collect here and one
/// write at a time deletes all that collected, so under load that write joins the group commit of the turns then
/// in flight instead of being a commit of its own, and no turn waits for it. Until it commits, a crash sends those
/// replies again after the restart with the same activity id (external channels are at least once; in-process
/// channels never come here). A stop deletes what is left.
/// </summary>
public sealed partial class DeliveredReplies(IDatabase database, ILogger<DeliveredReplies> logger) : IHostedService
{
    private const int MaxPerWrite = 512;
    private readonly ConcurrentQueue<string> _keys = new();
    private readonly Lock _gate = new();
    private Task _settling = Task.CompletedTask;
    private bool _running;

    /// <summary>Notes that the reply <paramref name="key"/> was delivered; its row goes in the next write.</summary>
    public void Delivered(string key)
    {
        _keys.Enqueue(key);
        lock (_gate)
        {
            if (!_running)
            {
                _running = true;
                _settling = Task.Run(SettleAsync);
            }
        }
    }

    /// <summary>Completes once every key noted so far is deleted (or its write failed and was logged).</summary>
    public async Task FlushAsync()
    {
        while (true)
        {
            Task settling;
            lock (_gate)
            {
                if (!_running && _keys.IsEmpty)
                {
                    return;
                }

                if (!_running)
                {
                    _running = true;
                    _settling = Task.Run(SettleAsync);
                }

                settling = _settling;
            }

            await settling;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => FlushAsync();

    private async Task SettleAsync()
    {
        while (true)
        {
            var keys = new List<string>();
            while (keys.Count < MaxPerWrite && _keys.TryDequeue(out var key))
            {
                keys.Add(key);
            }

            if (keys.Count == 0)
            {
                lock (_gate)
                {
                    // A key noted after the dequeue above but before this lock saw a running task: take it now.
                    if (_keys.IsEmpty)
                    {
                        _running = false;
                        return;
                    }
                }

                continue;
            }

            try
            {
                if (database.Provider == StorageProvider.Postgres)
                {
                    // One statement: its own transaction, no BEGIN/COMMIT round trips around it.
                    await using var connection = await database.OpenReadAsync(CancellationToken.None);
                    await ParkedRows.DeleteAsync(database.Provider, connection, null, keys, CancellationToken.None);
                }
                else
                {
                    await database.WriteAsync((connection, transaction) => ParkedRows.DeleteAsync(database.Provider, connection, transaction, keys, CancellationToken.None),
                        CancellationToken.None);
                }
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException)
            {
                // The rows stay parked and are sent again after a restart: at least once, never lost.
                LogSettleFailed(logger, ex, keys.Count);
            }
        }
    }

    [LoggerMessage(EventId = 645, Level = LogLevel.Warning, Message = "{Count} delivered replies could not be marked delivered; they are sent again after a restart")]
    private static partial void LogSettleFailed(ILogger logger, Exception exception, int count);
}
