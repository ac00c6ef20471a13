namespace EngageBot.Bot.NativeHeap;

/// <summary>
/// glibc's malloc gives threads that allocate at the same moment arenas of their own (up to eight per core) and hands
/// little of their freed memory back. In a 10-minute soak on fresh conversations the service's memory outside the
/// managed heap grew ~30 MiB with eight arenas and stayed flat with two (bench/README.md, "Nineteenth session"). This is
/// <c>MALLOC_ARENA_MAX=2</c> set from inside, before the host starts its threads; a value the operator set in the
/// environment wins (glibc read it at start and this leaves it alone).
/// </summary>
internal static class MallocArenas
{
    public static void Limit(int arenas)
    {
        if (Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is null)
        {
            _ = Glibc.LimitArenas(arenas);
        }
    }
}
