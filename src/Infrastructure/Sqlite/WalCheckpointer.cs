using Microsoft.Data.Sqlite;
using Microsoft.Win32.SafeHandles;

namespace EngageBot.Infrastructure.Sqlite;

/// <summary>
/// Keeps the WAL short without the writer ever copying or syncing pages for it.
/// <para>
/// Every round a PASSIVE checkpoint copies committed frames into the database file beside the writer: it never
/// waits, and while frames remain uncopied it does not sync either (the WAL still holds them). But the WAL only
/// starts over after a checkpoint that caught up completely, and that one syncs the database file with every page
/// copied since the last restart. Left to the writer's autocheckpoint, that copy and sync stalled every turn for
/// 20–45 ms a few times a second. So once the WAL is long, the checkpointer syncs the file itself, catching up until
/// a pass copies next to nothing, and only then holds the write gate for a last pass: a few frames and a small sync.
/// The next write finds the WAL fully copied and starts it from the beginning.
/// </para>
/// <para>
/// Re-checked with SQLite 3.53 (SQLitePCLRaw 2.1.13): still needed. SQLite has no background checkpoint of its own;
/// left to itself, the committing connection still runs the autocheckpoint, copy and fsync included, inside COMMIT.
/// </para>
/// </summary>
/// <param name="hold">Takes the writer's gate (writers stand back while it waits).</param>
/// <param name="letGo">Releases it the writer's way: writes queued meanwhile get a committer.</param>
internal sealed class WalCheckpointer(
    string connectionString, SafeFileHandle databaseFile, Action<CancellationToken> hold, Action letGo, TimeSpan every, TimeProvider clock)
    : IAsyncDisposable
{
    /// <summary>Restart the WAL once it holds this many frames (16 MiB of 4 KiB pages); the writer's backstop is 16384.</summary>
    private const int RestartAtFrames = 4096;
    private const int CaughtUpFrames = 64;
    private const int MaxCatchUpPasses = 6;

    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Thread? _thread;

    /// <summary>
    /// Runs the rounds on a thread of their own: they block (SQLite, fsync, the write gate) and must not take a
    /// thread-pool thread for it, nor wait for one when the pool is busy, which is exactly when the WAL grows fastest.
    /// </summary>
    public void Start()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = "SQLite WAL checkpointer" };
        _thread.Start();
    }

    private void Run()
    {
        try
        {
            using var tick = new SemaphoreSlim(0);
            using var timer = clock.CreateTimer(_ => Signal(tick), null, every, every);
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            while (true)
            {
                tick.Wait(_stopping.Token);
                try
                {
                    var pass = Passive(connection);
                    if (pass.WalFrames >= RestartAtFrames)
                    {
                        CatchUpAndRestart(connection, pass);
                    }
                }
                catch (Exception ex) when (ex is SqliteException or IOException)
                {
                    // Busy, or the sync failed: try again next round; the writer's autocheckpoint is the backstop.
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _stopped.TrySetResult();
        }
    }

    /// <summary>Wakes the loop for a round; a round already due is not queued twice.</summary>
    private static void Signal(SemaphoreSlim tick)
    {
        try
        {
            if (tick.CurrentCount == 0)
            {
                tick.Release();
            }
        }
        catch (ObjectDisposedException)
        {
            // A last tick racing the loop's end.
        }
    }

    private void CatchUpAndRestart(SqliteConnection connection, Pass pass)
    {
        for (var round = 0; round < MaxCatchUpPasses; round++)
        {
            RandomAccess.FlushToDisk(databaseFile);
            var next = Passive(connection);
            var copied = next.Copied - pass.Copied;
            pass = next;
            if (copied < CaughtUpFrames)
            {
                break;
            }
        }

        hold(_stopping.Token);
        try
        {
            Passive(connection);
        }
        finally
        {
            letGo();
        }
    }

    /// <summary>One PASSIVE checkpoint: frames in the WAL, and how many of them are now in the database file.</summary>
    private static Pass Passive(SqliteConnection connection)
    {
        using var checkpoint = connection.Command("PRAGMA wal_checkpoint(PASSIVE)");
        using var result = checkpoint.ExecuteReader();
        return result.Read() ? new Pass(result.GetInt32(1), result.GetInt32(2)) : new Pass(0, 0);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_thread is not null)
        {
#pragma warning disable VSTHRD003 // Completed by our own thread (Run) when it ends, which cancellation makes it do.
            await _stopped.Task;
#pragma warning restore VSTHRD003
        }

        _stopping.Dispose();
    }

    private readonly record struct Pass(int WalFrames, int Copied);
}
