using EngageBot.Core.State;
using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Sqlite;
using EngageBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;

namespace EngageBot.Core.Tests.State;

/// <summary>The state cache never lets a stale document win: writes stay compare-and-swap in the database.</summary>
public sealed class CachingStateStoreTests : IAsyncLifetime, IAsyncDisposable
{
    private const string Key = "user/test/u1";
    private readonly string _path = TempSqlite.NewPath();
    private SqliteDatabase _database = null!;
    private StateStore _inner = null!;
    private CachingStateStore _cached = null!;

    public async Task InitializeAsync()
    {
        _database = TempSqlite.Open(_path);
        await TestSchema.Migrator(_database, TimeProvider.System).MigrateAsync(CancellationToken.None);
        _inner = new StateStore(_database, TimeProvider.System);
        _cached = new CachingStateStore(_inner);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    ValueTask IAsyncDisposable.DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task After_a_commit_the_cache_serves_the_document_and_etag_the_database_holds()
    {
        await _cached.CommitAsync(Turn(new StateWrite(Key, """{"n":1}""", null)), CancellationToken.None);
        var first = (await _cached.ReadAsync([Key], CancellationToken.None))[Key];
        await _cached.CommitAsync(Turn(new StateWrite(Key, """{"n":2}""", first.ETag)), CancellationToken.None);

        var cached = (await _cached.ReadAsync([Key], CancellationToken.None))[Key];
        var stored = (await _inner.ReadAsync([Key], CancellationToken.None))[Key];
        Assert.Equal(stored, cached);
        Assert.Equal("""{"n":2}""", cached.Json);
    }

    [Fact]
    public async Task A_stale_cached_document_conflicts_and_the_next_read_comes_from_the_database()
    {
        await _cached.CommitAsync(Turn(new StateWrite(Key, """{"n":1}""", null)), CancellationToken.None);
        var stale = (await _cached.ReadAsync([Key], CancellationToken.None))[Key];
        await _inner.CommitAsync(Turn(new StateWrite(Key, """{"n":"elsewhere"}""", stale.ETag)), CancellationToken.None);

        Assert.Equal(stale, (await _cached.ReadAsync([Key], CancellationToken.None))[Key]);
        await Assert.ThrowsAsync<ETagConflictException>(() =>
            _cached.CommitAsync(Turn(new StateWrite(Key, """{"n":2}""", stale.ETag)), CancellationToken.None));

        var fresh = (await _cached.ReadAsync([Key], CancellationToken.None))[Key];
        Assert.Equal("""{"n":"elsewhere"}""", fresh.Json);
        await _cached.CommitAsync(Turn(new StateWrite(Key, """{"n":3}""", fresh.ETag)), CancellationToken.None);
        Assert.Equal("""{"n":3}""", (await _inner.ReadAsync([Key], CancellationToken.None))[Key].Json);
    }

    [Fact]
    public async Task Keys_never_written_are_read_from_the_database_every_time()
    {
        Assert.Empty(await _cached.ReadAsync([Key], CancellationToken.None));
        await _inner.CommitAsync(Turn(new StateWrite(Key, """{"n":1}""", null)), CancellationToken.None);

        Assert.Equal("""{"n":1}""", (await _cached.ReadAsync([Key], CancellationToken.None))[Key].Json);
    }

    [Fact]
    public async Task A_first_insert_is_not_kept_so_the_next_read_comes_from_the_database()
    {
        await _cached.CommitAsync(Turn(new StateWrite(Key, """{"n":1}""", null)), CancellationToken.None);
        await _inner.CommitAsync(Turn(new StateWrite(Key, """{"n":"elsewhere"}""", "1")), CancellationToken.None);

        var read = (await _cached.ReadAsync([Key], CancellationToken.None))[Key];
        Assert.Equal("""{"n":"elsewhere"}""", read.Json);
        Assert.Equal("2", read.ETag);
    }

    [Fact]
    public async Task Past_its_bytes_the_cache_starts_over_and_reads_the_database_again()
    {
        var small = new CachingStateStore(_inner, maxBytes: 2_000);
        var keys = Enumerable.Range(0, 6).Select(i => "user/test/b" + i).ToList();
        foreach (var key in keys)
        {
            await _inner.CommitAsync(Turn(new StateWrite(key, "{\"text\":\"" + new string('x', 100) + "\"}", null)), CancellationToken.None);
        }

        await small.ReadAsync(keys.Take(4).ToList(), CancellationToken.None);
        var four = small.Size;
        await _inner.CommitAsync(Turn(new StateWrite(keys[0], """{"n":"elsewhere"}""", "1")), CancellationToken.None);
        Assert.Equal("{\"text\":\"" + new string('x', 100) + "\"}", (await small.ReadAsync([keys[0]], CancellationToken.None))[keys[0]].Json); // kept

        await small.ReadAsync(keys.Skip(4).ToList(), CancellationToken.None); // past 2,000 bytes: starts over

        Assert.Equal(4, four.Entries);
        Assert.InRange(four.Bytes, 1_000, 2_000);
        Assert.True(small.Size.Bytes < four.Bytes);
        Assert.Equal("""{"n":"elsewhere"}""", (await small.ReadAsync([keys[0]], CancellationToken.None))[keys[0]].Json);
    }

    private static TurnCommit Turn(StateWrite write) => new(null, [write], [], null);
}
