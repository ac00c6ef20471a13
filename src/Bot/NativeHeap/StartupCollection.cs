using System.Runtime;

namespace EngageBot.Bot.NativeHeap;

/// <summary>
/// Once the host has started, one full compacting collection (the large-object heap too) and a malloc trim, so the
/// service serves with what it keeps and not with what starting made: building the knowledge index, reading jieba's
/// table and the synonym lists leave tens of MB of dead strings and arrays (some on the large-object heap, which only a
/// full collection frees). Left alone they lived until the first gen-2 collection, 30–50 s into a saturated run, and
/// set its peak RSS (bench/README.md, "Twenty-fourth session"). Once only: turns are not touched.
/// </summary>
internal sealed class StartupCollection(NativeHeapOptions options, IHostApplicationLifetime lifetime, Func<bool> trim) : IHostedService
{
    /// <summary>Whether the collection has run (for the tests).</summary>
    public bool Done { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.CollectAfterStart)
        {
            lifetime.ApplicationStarted.Register(Collect);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Collect()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        _ = trim();
        Done = true;
    }
}
