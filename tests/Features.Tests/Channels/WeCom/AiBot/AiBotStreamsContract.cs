using EngageBot.Features.Channels.WeCom.AiBot;
using EngageBot.Infrastructure;
using EngageBot.TestKit;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.Channels.WeCom.AiBot;

/// <summary>
/// The robot's reply streams on each provider: parts in the turn's order whatever order they arrive in, a redelivered
/// part adds nothing, a finished or expired stream takes no more, and expired streams go when the next one opens.
/// </summary>
public abstract class AiBotStreamsContract : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ManualClock _clock = new();
    private IDatabase _database = null!;
    private AiBotStreams _streams = null!;

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync(_clock);
        _streams = new AiBotStreams(_database, Options.Create(new WeComAiBotOptions { Token = "t" }), _clock);
    }

    public async Task DisposeAsync() => await TestDatabases.DisposeAsync(_database);

    protected abstract Task<IDatabase> CreateDatabaseAsync(TimeProvider clock);

    [Fact]
    public async Task Parts_read_in_reply_order_once_each_until_the_stream_is_finished()
    {
        var id = AiBotStreams.IdFor("CAIQ16HMjQYY/NGagIOAgAMgq4KM0AI=");
        Assert.Equal(id, AiBotStreams.IdFor("CAIQ16HMjQYY/NGagIOAgAMgq4KM0AI="));
        Assert.NotEqual(id, AiBotStreams.IdFor("CAIQ16HMjQYY/NGagIOAgAMgq4KM0AJ="));
        Assert.False(await _streams.AppendAsync(id, 0, "too early", None));
        Assert.Null(await _streams.ReadAsync(id, None));

        await _streams.OpenAsync(id, "chat-1", "lisi", None);
        await _streams.OpenAsync(id, "chat-1", "lisi", None); // a retry: nothing changes
        Assert.Equal(new AiBotStreamState(string.Empty, Finished: false), await _streams.ReadAsync(id, None));
        Assert.True(await _streams.AppendAsync(id, 1, "second", None));
        Assert.True(await _streams.AppendAsync(id, 0, "first", None));
        Assert.True(await _streams.AppendAsync(id, 1, "second again", None)); // redelivered by the outbox: the first copy stays
        Assert.Equal(new AiBotStreamState("first\n\nsecond", Finished: false), await _streams.ReadAsync(id, None));

        await _streams.FinishAsync(id, None);
        Assert.False(await _streams.AppendAsync(id, 2, "too late", None));
        Assert.Equal(new AiBotStreamState("first\n\nsecond", Finished: true), await _streams.ReadAsync(id, None));
    }

    [Fact]
    public async Task An_expired_stream_reads_as_unknown_takes_nothing_and_goes_when_the_next_opens()
    {
        var old = AiBotStreams.IdFor("old");
        await _streams.OpenAsync(old, "chat-1", "lisi", None);
        Assert.True(await _streams.AppendAsync(old, 0, "hello", None));
        _clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromMilliseconds(1));

        Assert.Null(await _streams.ReadAsync(old, None));
        Assert.False(await _streams.AppendAsync(old, 1, "late", None));
        await _streams.OpenAsync(AiBotStreams.IdFor("new"), "chat-1", "wangfang", None);
        await using var connection = await _database.OpenReadAsync(None);
        await using var count = connection.Command("SELECT COUNT(*) FROM wecom_aibot_stream_parts");
        Assert.Equal(0L, Convert.ToInt64(await count.ExecuteScalarAsync(None), System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class SqliteAiBotStreamsTests : AiBotStreamsContract
{
    protected override Task<IDatabase> CreateDatabaseAsync(TimeProvider clock) => TestDatabases.SqliteAsync("aibot-streams.db", clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresAiBotStreamsTests(PostgresServer server) : AiBotStreamsContract
{
    protected override Task<IDatabase> CreateDatabaseAsync(TimeProvider clock) => TestDatabases.PostgresAsync(server, clock);
}
