using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EngageBot.Storage.Sqlite;

/// <summary>
/// Gives SQLite a sleep that keeps microseconds. The e_sqlite3 build we can use was compiled without
/// <c>HAVE_USLEEP</c>, so its unix VFS rounds every sleep up to whole seconds: when a WAL read retries
/// (a reader racing a commit or a checkpoint for the WAL index), SQLite asks for 1–40 µs and got 1 s,
/// stalling that turn, or, when the writer hit it, every turn. This registers a copy of the default VFS,
/// identical but for <c>xSleep</c>, as the new default. Busy handlers are unaffected: their steps are
/// chosen at compile time and stay whole seconds, which is why the writer runs with busy_timeout 0.
/// </summary>
internal static unsafe partial class SqliteSleep
{
    // sqlite3_vfs (sqlite3.h): int iVersion, szOsFile, mxPathname; then pointers from offset 16:
    // pNext, zName, pAppData, xOpen, xDelete, xAccess, xFullPathname, xDlOpen, xDlError, xDlSym, xDlClose,
    // xRandomness, xSleep, ... Version 3 has 22 pointer-sized slots after the three ints.
    private const int VfsSize = 16 + (22 * 8);
    private const int NameOffset = 16 + (1 * 8);
    private const int SleepOffset = 16 + (12 * 8);
    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>Makes the microsecond-sleep VFS the default for every connection opened from now on (idempotent).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

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

            _installed = true;
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int Sleep(void* vfs, int microseconds)
    {
        _ = usleep((uint)Math.Max(0, microseconds));
        return microseconds;
    }

    [LibraryImport("e_sqlite3")]
    private static partial void* sqlite3_vfs_find(byte* name);

    [LibraryImport("e_sqlite3")]
    private static partial int sqlite3_vfs_register(void* vfs, int makeDefault);

    [LibraryImport("libc", SetLastError = false)]
    private static partial int usleep(uint microseconds);
}
