using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Win32.SafeHandles;

namespace EngageBot.Infrastructure.Sqlite;

/// <summary>
/// One SQLite file in WAL mode. Readers come from a pool of our own and never block the writer; writes go
/// through one long-lived connection in the order they were asked for, grouped into shared transactions. Both keep
/// the statements they ran prepared (<see cref="KeptConnection"/>).
/// </summary>
public sealed class SqliteDatabase : IDatabase, IAsyncDisposable
{
    // Every connection here is one we keep open ourselves (the writer, the readers' pool, the checkpointer's), so
    // Microsoft.Data.Sqlite's own pool is off: closing one really closes it.
    private readonly string _connectionString;
    /// <summary>Idle readers kept open beyond this are closed (each holds its page cache and prepared statements).</summary>
    internal const int MaxIdleReaders = 32;
    private readonly ConcurrentStack<KeptConnection> _idleReaders = new();
    private int _idleCount;
    private const int MaxBatch = 128;
    private static readonly Savepoint EachWrite = new("turn");
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ConcurrentQueue<PendingWrite> _queue = new();
    /// <summary>How often committed WAL frames are copied into the database file, beside the writer.</summary>
    public static readonly TimeSpan CheckpointEvery = TimeSpan.FromMilliseconds(200);
    private readonly TimeProvider _clock;
    private readonly TimeSpan _gatherFor;
    /// <summary>Asked before a gather starts (<see cref="CommitGatherRule.Busy"/>); null: gather on company alone.</summary>
    private readonly Func<bool>? _busy;
    private readonly Timer _gatherTimer;
    /// <summary>1 while <see cref="_gatherTimer"/> is set: the writes queued meanwhile wait for it.</summary>
    private int _gathering;
    /// <summary>How many writes the last commit held: more than one means writes are coming close together.</summary>
    private volatile int _lastBatch;
    private KeptConnection? _writer;
    private long _totalChanges; // the writer's sqlite3_total_changes at its last commit (SqliteMetrics)
    private WalCheckpointer? _checkpointer;
    private SafeFileHandle? _databaseFile;
    private volatile bool _disposed;
    private volatile bool _checkpointWaiting;
    private static readonly TimeSpan DisposeWait = TimeSpan.FromSeconds(10);

    static SqliteDatabase()
    {
        SQLitePCL.Batteries_V2.Init();
    }

    public SqliteDatabase(IOptions<StorageOptions> options, TimeProvider? clock = null)
        : this(options, clock, WorkWaiting.InThreadPool)
    {
    }

    /// <summary>Tests pass their own <paramref name="busy"/> signal (the thread pool's is not theirs to set).</summary>
    internal SqliteDatabase(IOptions<StorageOptions> options, TimeProvider? clock, Func<bool> busy)
    {
        _clock = clock ?? TimeProvider.System;
        var builder = new SqliteConnectionStringBuilder(options.Value.ConnectionString)
        {
            Pooling = false,
            Mode = SqliteOpenMode.ReadWriteCreate,
        };
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _connectionString = builder.ToString();
        DataSource = Path.GetFullPath(builder.DataSource);
        // A real timer, not the clock: a test's fake clock must not hold writes back.
        _gatherFor = options.Value.CommitGather;
        _busy = options.Value.CommitGatherRule == CommitGatherRule.Busy ? busy : null;
        _gatherTimer = new Timer(static database => ((SqliteDatabase)database!).Gathered(), this, Timeout.Infinite, Timeout.Infinite);
    }

    public StorageProvider Provider => StorageProvider.Sqlite;

    /// <summary>The database file's full path.</summary>
    public string DataSource { get; }

    /// <summary>
    /// A reader from our own pool: disposing it gives it back open, with its statements still prepared
    /// (<see cref="KeptConnection"/>), so a turn's reads are not parsed and planned again every time.
    /// </summary>
    public async Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idleReaders.TryPop(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            return idle;
        }

        var connection = new KeptConnection(_connectionString, GiveBack);
        try
        {
            await connection.OpenAsync(cancellationToken);
            SqliteWaits.RetryBusyInsideSqlite(connection);
        }
        catch
        {
            connection.CloseForGood();
            throw;
        }

        return connection;
    }

    private void GiveBack(KeptConnection reader)
    {
        if (!_disposed && Interlocked.Increment(ref _idleCount) <= MaxIdleReaders)
        {
            _idleReaders.Push(reader);
            // Closing raced this push: take back what is idle now.
            if (_disposed)
            {
                CloseIdleReaders();
            }

            return;
        }

        if (!_disposed)
        {
            Interlocked.Decrement(ref _idleCount);
        }

        reader.CloseForGood();
    }

    private void CloseIdleReaders()
    {
        while (_idleReaders.TryPop(out var reader))
        {
            reader.CloseForGood();
        }
    }

    /// <summary>
    /// Group commit: the caller's work joins a queue; whoever finds the writer free runs every queued work in one
    /// transaction, each inside its own savepoint, so a work that throws (an ETag conflict, a duplicate) is
    /// rolled back alone and only its caller sees the exception. Callers hear of success only after COMMIT.
    /// Under load this turns many small transactions into a few larger ones: far fewer WAL frames and syncs.
    /// A caller that finds the writer busy waits for its own write only: it was queued before the holder let go,
    /// and every holder looks at the queue again after letting go (<see cref="LetGo"/>), so someone commits it.
    /// (Waiting for the gate instead woke the callers of a batch one after another, each a thread-pool hop behind
    /// the last, only for each to find its write done.)
    /// <para>
    /// Once commits have been having company (the last held more than one write), a write that would lead waits
    /// <see cref="StorageOptions.CommitGather"/> for more instead, on a timer: a commit's own pages (the tables'
    /// last pages, page 1, the parked replies) are then shared by more turns. Nothing is held while it waits (not
    /// the gate, not a thread), so the turns on their way keep running; a lone writer never waits. With
    /// <see cref="CommitGatherRule.Busy"/> it waits only while the process has work waiting for a thread: the wait
    /// then costs no idle core; with a core free it would only add latency (a closed loop bound by latency pays it
    /// in turns/s), and the writes that arrive while the commit runs still join it.
    /// </para>
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingWrite<T>(work);
        _queue.Enqueue(pending);
        // Once queued the work runs whatever happens to the token (the work itself observes it), so the caller
        // is never told "cancelled" about a write that may still commit.
        // A gathering write is taken by the timer's committer (queued before the timer was seen set).
        if (!Gather() && TryLead())
        {
            try
            {
                // A batch takes at most MaxBatch writes in queue order, so ours is in this one or one of the next.
                while (!pending.IsCompleted)
                {
                    await CommitQueuedAsync();
                }
            }
            finally
            {
                LetGo();
            }
        }

        return await pending.Task;
    }

    /// <summary>
    /// Releases the write gate; writes queued meanwhile (their callers found the gate taken and wait for their own
    /// result) get a committer on the thread pool, so this caller's turn goes on without committing theirs.
    /// </summary>
    private void LetGo()
    {
        _writeGate.Release();
        Kick();
    }

    private void Kick()
    {
        if (!_queue.IsEmpty && Volatile.Read(ref _gathering) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static database => _ = database.DrainAsync(), this, preferLocal: false);
        }
    }

    /// <summary>
    /// True when a timer's committer will take the write just queued: one was set already, or commits have been
    /// having company (and, with <see cref="CommitGatherRule.Busy"/>, the cores are busy) and this write sets it.
    /// </summary>
    private bool Gather()
    {
        if (Volatile.Read(ref _gathering) == 1)
        {
            return true;
        }

        if (_gatherFor <= TimeSpan.Zero || _lastBatch < 2 || _disposed || (_busy is not null && !_busy())
            || Interlocked.CompareExchange(ref _gathering, 1, 0) != 0)
        {
            // A set timer that has just fired (or is firing) may miss this write: lead or leave it to the holder's Kick.
            return false;
        }

        try
        {
            _gatherTimer.Change(_gatherFor, Timeout.InfiniteTimeSpan);
            return true;
        }
        catch (ObjectDisposedException)
        {
            // Closing: the write goes the ordinary way (and is failed as closed).
            Volatile.Write(ref _gathering, 0);
            return false;
        }
    }

    /// <summary>The timer fired: commit what gathered (cleared first, so every write queued before is seen).</summary>
    private void Gathered()
    {
        Volatile.Write(ref _gathering, 0);
        _ = DrainAsync(gathered: true);
    }

    /// <summary>The gate, unless it is taken or the checkpointer waits for it (writers must not keep it from its short pass).</summary>
    private bool TryLead() => !_checkpointWaiting && _writeGate.Wait(0);

    /// <summary>The checkpointer's way in: writers stop taking the gate until it had its turn (<see cref="TryLead"/>).</summary>
    private void HoldForCheckpoint(CancellationToken cancellationToken)
    {
        _checkpointWaiting = true;
        try
        {
            _writeGate.Wait(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Closing: writes that stood back for it still need a committer (which fails them if the writer is closed).
            _checkpointWaiting = false;
            Kick();
            throw;
        }

        _checkpointWaiting = false;
    }

    /// <summary>
    /// Commits until the queue is empty, unless another holder of the gate is there to do it. The timer's committer
    /// (<paramref name="gathered"/>) commits what gathered even when a write has set the timer again since it fired.
    /// </summary>
    private async Task DrainAsync(bool gathered = false)
    {
        while (!_queue.IsEmpty && (gathered || Volatile.Read(ref _gathering) == 0) && TryLead())
        {
            try
            {
                // Under steady load the queue never empties: step aside between batches when the checkpointer waits,
                // and when a write set the timer meanwhile (the writes after it wait for that one).
                do
                {
                    await CommitQueuedAsync();
                    gathered = false;
                }
                while (!_queue.IsEmpty && !_checkpointWaiting && Volatile.Read(ref _gathering) == 0);
            }
            finally
            {
                _writeGate.Release();
            }
        }
    }

    private async Task CommitQueuedAsync()
    {
        if (!_queue.TryDequeue(out var first))
        {
            return;
        }

        var batch = new List<PendingWrite>(MaxBatch) { first };
        var committed = new List<PendingWrite>(MaxBatch);
        // A write that failed alone (a lost state race) is told only once the batch has ended: a caller that runs its
        // turn again then reads what the batch's winner committed, not the state it lost against.
        var failed = new List<(PendingWrite Write, Exception Error)>();
        try
        {
            var connection = await GetWriterAsync(CancellationToken.None);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(CancellationToken.None);
            // Writes queued while the batch runs join it: they would otherwise wait for the next commit.
            for (var i = 0; i < batch.Count; i++)
            {
                var write = batch[i];
                await EachWrite.SaveAsync(connection, transaction, CancellationToken.None);
                try
                {
                    await write.RunAsync(connection, transaction);
                    await EachWrite.ReleaseAsync(connection, transaction, CancellationToken.None);
                    committed.Add(write);
                }
#pragma warning disable CA1031 // The work's own exception belongs to its caller, not to the batch.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    await EachWrite.RollbackAsync(connection, transaction, CancellationToken.None);
                    await EachWrite.ReleaseAsync(connection, transaction, CancellationToken.None);
                    failed.Add((write, ex));
                }

                if (i == batch.Count - 1 && batch.Count < MaxBatch && _queue.TryDequeue(out var next))
                {
                    batch.Add(next);
                }
            }

            await transaction.CommitAsync(CancellationToken.None);
            _lastBatch = batch.Count;
            SqliteMetrics.Committed(batch.Count, connection, ref _totalChanges);
        }
#pragma warning disable CA1031 // Whatever broke the shared transaction fails every write still waiting on it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            FailAlone(failed);
            foreach (var write in batch)
            {
                write.Fail(ex); // the writes already failed alone keep their own error
            }

            return;
        }

        FailAlone(failed);
        foreach (var write in committed)
        {
            write.Succeed();
        }
    }

    private static void FailAlone(List<(PendingWrite Write, Exception Error)> failed)
    {
        foreach (var (write, error) in failed)
        {
            write.Fail(error);
        }
    }

    private async Task<SqliteConnection> GetWriterAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_writer is not null)
        {
            return _writer;
        }

        var connection = new KeptConnection(_connectionString, giveBack: null);
        await connection.OpenAsync(cancellationToken);
        // WAL lets readers run beside the writer; NORMAL syncs at checkpoints, which WAL keeps crash-safe.
        // Checkpoints run on their own connection (WalCheckpointer), so their copying and fsync do not stall the
        // writer; the writer's own autocheckpoint stays as a backstop at 16384 pages (64 MiB).
        // A write that meets Quartz's (same file) waits inside SQLite's busy handler, not a 150 ms sleep (SqliteWaits).
        await using var pragma = connection.Command(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA wal_autocheckpoint=16384;");
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        SqliteWaits.RetryBusyInsideSqlite(connection);
        _writer = connection;
        _databaseFile = File.OpenHandle(DataSource, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        _checkpointer = new WalCheckpointer(_connectionString, _databaseFile, HoldForCheckpoint, LetGo, CheckpointEvery, _clock);
        _checkpointer.Start();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        // A timer that fires from now on finds the gate kept (below) or the writer closed: its writes fail as closed.
        await _gatherTimer.DisposeAsync();
        Volatile.Write(ref _gathering, 0);
        if (_checkpointer is not null)
        {
            await _checkpointer.DisposeAsync();
        }

        // A batch may still be committing (a background service finishing as the host stops): closing the writer
        // under its transaction would fail that commit half-way. Wait for it, bounded, and keep the gate afterwards
        // so a late write finds the database closed instead of opening a new writer.
        var idle = await _writeGate.WaitAsync(DisposeWait);
        _disposed = true;
        if (_writer is not null)
        {
            _writer.CloseForGood();
        }

        CloseIdleReaders();

        if (idle)
        {
            // Writes queued meanwhile are failed (closed) by whoever commits them next.
            LetGo();
        }

        // Last: closing any descriptor of the file drops the process's POSIX locks on it, SQLite's included.
        _databaseFile?.Dispose();
    }
}
