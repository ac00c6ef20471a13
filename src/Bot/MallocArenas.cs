using System.Runtime.InteropServices;

namespace EngageBot.Bot;

/// <summary>
/// glibc's malloc gives threads that allocate at the same moment arenas of their own (up to eight per core) and hands
/// little of their freed memory back. In a 10-minute soak on fresh conversations the service's memory outside the
/// managed heap grew ~30 MiB with eight arenas and stayed flat with two (bench/README.md, "Nineteenth session"). This is
/// <c>MALLOC_ARENA_MAX=2</c> set from inside, before the host starts its threads; a value the operator set in the
/// environment wins (glibc read it at start and this leaves it alone).
/// </summary>
internal static class MallocArenas
{
    private const int ArenaMaxOption = -8; // M_ARENA_MAX in glibc's malloc.h

    public static void Limit(int arenas)
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is not null)
        {
            return;
        }

        try
        {
            _ = mallopt(ArenaMaxOption, arenas);
        }
        catch (EntryPointNotFoundException)
        {
            // Not glibc (musl has no arenas to limit): nothing to do.
        }
        catch (DllNotFoundException)
        {
        }
    }

#pragma warning disable SYSLIB1054 // A blittable two-int call: DllImport needs no unsafe code in this project.
    [DllImport("libc", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int mallopt(int option, int value);
#pragma warning restore SYSLIB1054
}
