using EngageBot.Bot.NativeHeap;
using Microsoft.Extensions.Hosting;

namespace EngageBot.Bot.Tests.Hosting;

/// <summary>Once the host has started: one full collection and one trim; none before, none when turned off.</summary>
public sealed class StartupCollectionTests
{
    [Fact]
    public async Task Collects_everything_and_trims_once_the_host_has_started()
    {
        using var lifetime = new Lifetime();
        var trims = 0;
        var collection = new StartupCollection(new NativeHeapOptions(), lifetime, () => ++trims > 0);
        await collection.StartAsync(CancellationToken.None);
        var dead = Garbage();
        Assert.Equal(0, trims);
        Assert.False(collection.Done);

        await lifetime.StartedAsync();

        Assert.Equal(1, trims);
        Assert.True(collection.Done);
        Assert.False(dead.TryGetTarget(out _)); // a full collection ran: the dead array is gone
    }

    [Fact]
    public async Task Turned_off_it_neither_collects_nor_trims()
    {
        using var lifetime = new Lifetime();
        var trims = 0;
        var collection = new StartupCollection(new NativeHeapOptions { CollectAfterStart = false }, lifetime, () => ++trims > 0);
        await collection.StartAsync(CancellationToken.None);

        await lifetime.StartedAsync();

        Assert.Equal(0, trims);
        Assert.False(collection.Done);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference<byte[]> Garbage() => new(new byte[200_000]); // large-object heap: freed by a full collection only

    private sealed class Lifetime : IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource _started = new();

        public CancellationToken ApplicationStarted => _started.Token;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public Task StartedAsync() => _started.CancelAsync();

        public void StopApplication()
        {
        }

        public void Dispose() => _started.Dispose();
    }
}
