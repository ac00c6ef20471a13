using System.Collections.Concurrent;
using System.Data.Common;

namespace EngageBot.Storage.SignUps;

/// <summary>
/// Group commit for SQLite's single writer: requests that arrive while a transaction is running queue up,
/// and the next transaction runs them all, in arrival order, each inside its own savepoint (one failing
/// request rolls back only itself). Every caller gets its own result only after the transaction committed,
/// so nobody hears "confirmed" for a seat that was not stored. One caller at a time drains the queue.
/// </summary>
internal sealed class WriteBatcher<TRequest, TResult>(
    IDatabase database,
    Func<DbConnection, DbTransaction, TRequest, Task<TResult>> work,
    int maxBatch)
{
    private readonly ConcurrentQueue<Item> _queue = new();
    private int _draining;

    public async Task<TResult> RunAsync(TRequest request, CancellationToken cancellationToken)
    {
        var item = new Item(request);
        _queue.Enqueue(item);
        while (!_queue.IsEmpty && Interlocked.CompareExchange(ref _draining, 1, 0) == 0)
        {
            try
            {
                while (!_queue.IsEmpty)
                {
                    await RunBatchAsync();
                }
            }
            finally
            {
                Volatile.Write(ref _draining, 0);
            }
        }

        return await item.Completion.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// One transaction for up to <c>maxBatch</c> queued requests. It runs to the end even if the draining
    /// caller gives up, because the other callers are waiting for their answers.
    /// </summary>
    private async Task RunBatchAsync()
    {
        var batch = new List<Item>(maxBatch);
        while (batch.Count < maxBatch && _queue.TryDequeue(out var next))
        {
            batch.Add(next);
        }

        var outcomes = new (TResult? Result, Exception? Error)[batch.Count];
        try
        {
            await database.WriteAsync(async (connection, transaction) =>
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    await transaction.SaveAsync("batch_item");
                    try
                    {
                        outcomes[i] = (await work(connection, transaction, batch[i].Request), null);
                        await transaction.ReleaseAsync("batch_item");
                    }
                    catch (Exception ex) when (ex is DbException or InvalidOperationException)
                    {
                        await transaction.RollbackAsync("batch_item");
                        outcomes[i] = (default, ex);
                    }
                }

                return 0;
            }, CancellationToken.None);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException)
        {
            foreach (var item in batch)
            {
                item.Completion.TrySetException(ex);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].Error is { } error)
            {
                batch[i].Completion.TrySetException(error);
            }
            else
            {
                batch[i].Completion.TrySetResult(outcomes[i].Result!);
            }
        }
    }

    private sealed class Item(TRequest request)
    {
        public TRequest Request { get; } = request;

        public TaskCompletionSource<TResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
