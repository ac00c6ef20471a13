using System.Runtime.InteropServices;

namespace EngageBot.Bot.NativeHeap;

/// <summary>glibc's malloc tuning calls; on a C library without them (musl) each call is a no-op that says so.</summary>
internal static class Glibc
{
    private const int ArenaMaxOption = -8; // M_ARENA_MAX in glibc's malloc.h

    /// <summary>Limits malloc to <paramref name="arenas"/> arenas; false where that cannot be done.</summary>
    public static bool LimitArenas(int arenas) => Call(() => mallopt(ArenaMaxOption, arenas) == 1);

    /// <summary>Hands the free pages inside malloc's arenas back to the system; false where nothing could be.</summary>
    public static bool Trim() => Call(() => malloc_trim(0) == 1);

    private static bool Call(Func<bool> call)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return call();
        }
        catch (EntryPointNotFoundException)
        {
            return false; // not glibc (musl has neither arenas to limit nor a trim)
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

#pragma warning disable SYSLIB1054 // Blittable calls: DllImport needs no unsafe code in this project.
    [DllImport("libc", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int mallopt(int option, int value);

    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int malloc_trim(nuint pad);
#pragma warning restore SYSLIB1054
}
