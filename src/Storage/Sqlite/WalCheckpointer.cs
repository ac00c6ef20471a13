using Microsoft.Data.Sqlite;
using Microsoft.Win32.SafeHandles;

namespace EngageBot.Storage.Sqlite;

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
/// </summary>
internal sealed class WalCheckpointer(string connectionString, SafeFileHandle databaseFile, SemaphoreSlim writeGate, TimeSpan every, TimeProvider clock)
    : IAsyncDisposable
{
    /// <summary>Restart the WAL once it holds this many frames (16 MiB of 4 KiB pages); the writer's backstop is 16384.</summary>
    private const int RestartAtFrames = 4096;
    private const int CaughtUpFrames = 64;
    private const int MaxCatchUpPasses = 6;

    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;

    public void Start() => _loop = RunAsync(_stopping.Token);

    private async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(stopping);
            while (true)
            {
                await Task.Delay(every, clock, stopping);
                try
                {
                    var pass = await PassiveAsync(connection, stopping);
                    if (pass.WalFrames >= RestartAtFrames)
                    {
                        await CatchUpAndRestartAsync(connection, pass, stopping);
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
    }

    private async Task CatchUpAndRestartAsync(SqliteConnection connection, Pass pass, CancellationToken stopping)
    {
        for (var round = 0; round < MaxCatchUpPasses; round++)
        {
            RandomAccess.FlushToDisk(databaseFile);
            var next = await PassiveAsync(connection, stopping);
            var copied = next.Copied - pass.Copied;
            pass = next;
            if (copied < CaughtUpFrames)
            {
                break;
            }
        }

        await writeGate.WaitAsync(stopping);
        try
        {
            await PassiveAsync(connection, stopping);
        }
        finally
        {
            writeGate.Release();
        }
    }

    /// <summary>One PASSIVE checkpoint: frames in the WAL, and how many of them are now in the database file.</summary>
    private static async Task<Pass> PassiveAsync(SqliteConnection connection, CancellationToken stopping)
    {
        await using var checkpoint = connection.Command("PRAGMA wal_checkpoint(PASSIVE)");
        await using var result = await checkpoint.ExecuteReaderAsync(stopping);
        return await result.ReadAsync(stopping) ? new Pass(result.GetInt32(1), result.GetInt32(2)) : new Pass(0, 0);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
#pragma warning disable VSTHRD003 // Our own loop, started by Start; it ends on cancellation.
        await _loop;
#pragma warning restore VSTHRD003
        _stopping.Dispose();
    }

    private readonly record struct Pass(int WalFrames, int Copied);
}
