using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace EngageBot.Infrastructure.Sqlite;

/// <summary>
/// How SQLite waits. The e_sqlite3 build we can use was compiled without <c>HAVE_USLEEP</c>, and neither
/// SQLitePCLRaw 2.0.6 nor Microsoft.Data.Sqlite 6 offers a busy handler, so every wait came in coarse steps:
/// <list type="bullet">
/// <item>the unix VFS rounds every sleep up to whole seconds: a WAL read retry (a reader racing a commit or a
/// checkpoint for the WAL index) asks for 1–40 µs and got 1 s, stalling that turn or, in the writer, every turn;</item>
/// <item>a connection that meets another's write lock (Quartz shares the file) gets SQLITE_BUSY at once, and
/// Microsoft.Data.Sqlite retries after a 150 ms sleep.</item>
/// </list>
/// <see cref="InstallMicrosecondSleep"/> registers a copy of the default VFS, identical but for <c>xSleep</c>, as the
/// new default; <see cref="RetryBusyQuickly"/> gives a connection a busy handler that retries within a millisecond.
/// </summary>
internal static unsafe partial class SqliteWaits
{
    // sqlite3_vfs (sqlite3.h): int iVersion, szOsFile, mxPathname; then pointers from offset 16:
    // pNext, zName, pAppData, xOpen, xDelete, xAccess, xFullPathname, xDlOpen, xDlError, xDlSym, xDlClose,
    // xRandomness, xSleep, ... Version 3 has 22 pointer-sized slots after the three ints.
    private const int VfsSize = 16 + (22 * 8);
    private const int NameOffset = 16 + (1 * 8);
    private const int SleepOffset = 16 + (12 * 8);

    /// <summary>A busy connection retries for up to this long (retries are 1 ms apart once past the first few).</summary>
    private const int BusyRetries = 10_000;

    /// <summary>
    /// Makes the microsecond-sleep VFS the default for every connection opened from now on. Once per process:
    /// <see cref="SqliteDatabase"/>'s static constructor calls it.
    /// </summary>
    public static void InstallMicrosecondSleep()
    {
        var original = sqlite3_vfs_find(null);
        if (original == null || *(int*)original < 3 || !OperatingSystem.IsLinux())
        {
            return;
        }

        var copy = (byte*)NativeMemory.AllocZeroed(VfsSize); // lives as long as the process, as SQLite requires
        Buffer.MemoryCopy(original, copy, VfsSize, VfsSize);
        *(IntPtr*)(copy + NameOffset) = Marshal.StringToCoTaskMemUTF8("engagebot-unix");
        *(delegate* unmanaged[Cdecl]<void*, int, int>*)(copy + SleepOffset) = &Sleep;
        if (sqlite3_vfs_register(copy, 1) != 0)
        {
            throw new InvalidOperationException("SQLite refused the microsecond-sleep VFS.");
        }
    }

    /// <summary>On SQLITE_BUSY, retry inside SQLite after 50 µs, doubling to 1 ms, for about ten seconds.</summary>
    public static void RetryBusyQuickly(SqliteConnection connection)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // usleep comes from Linux's libc; elsewhere the stock behaviour stays.
        }

        var rc = sqlite3_busy_handler(connection.Handle!.DangerousGetHandle(), &Busy, null);
        if (rc != 0)
        {
            throw new InvalidOperationException($"SQLite refused the busy handler ({rc}).");
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int Sleep(void* vfs, int microseconds)
    {
        _ = usleep((uint)Math.Max(0, microseconds));
        return microseconds;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int Busy(void* state, int attempt)
    {
        if (attempt >= BusyRetries)
        {
            return 0;
        }

        _ = usleep(attempt < 5 ? 50u << attempt : 1000u);
        return 1;
    }

    [LibraryImport("e_sqlite3")]
    private static partial void* sqlite3_vfs_find(byte* name);

    [LibraryImport("e_sqlite3")]
    private static partial int sqlite3_vfs_register(void* vfs, int makeDefault);

    [LibraryImport("e_sqlite3")]
    private static partial int sqlite3_busy_handler(IntPtr db, delegate* unmanaged[Cdecl]<void*, int, int> handler, void* state);

    [LibraryImport("libc", SetLastError = false)]
    private static partial int usleep(uint microseconds);
}
