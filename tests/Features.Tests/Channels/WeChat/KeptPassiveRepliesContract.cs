using EngageBot.Features.Channels.WeChat.Passive;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels.WeChat;

/// <summary>
/// <see cref="KeptPassiveReplies"/> on each provider: a reply is found for its follower and message for a minute, a
/// retry's second answer replaces the first, and expired rows go with the next save.
/// </summary>
public abstract class KeptPassiveRepliesContract : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private IDatabase _database = null!;
    private KeptPassiveReplies _kept = null!;

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync(_clock);
        _kept = new KeptPassiveReplies(_database, _clock);
    }

    public async Task DisposeAsync() => await TestDatabases.DisposeAsync(_database);

    protected abstract Task<IDatabase> CreateDatabaseAsync(TimeProvider clock);

    [Fact]
    public async Task A_reply_is_found_for_its_follower_and_message_only()
    {
        await _kept.SaveAsync("oA", "1001", "您好，这是帮助。", CancellationToken.None);

        Assert.Equal("您好，这是帮助。", await _kept.FindAsync("oA", "1001", CancellationToken.None));
        Assert.Null(await _kept.FindAsync("oA", "1002", CancellationToken.None));
        Assert.Null(await _kept.FindAsync("oB", "1001", CancellationToken.None));
    }

    [Fact]
    public async Task Saving_the_same_message_again_replaces_its_reply_and_its_expiry()
    {
        await _kept.SaveAsync("oA", "1001", "first", CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(50));
        await _kept.SaveAsync("oA", "1001", "second", CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(50));

        Assert.Equal("second", await _kept.FindAsync("oA", "1001", CancellationToken.None));
    }

    [Fact]
    public async Task A_reply_expires_after_a_minute_and_goes_with_the_next_save()
    {
        await _kept.SaveAsync("oA", "1001", "old", CancellationToken.None);
        _clock.Advance(KeptPassiveReplies.Keep);
        Assert.Equal("old", await _kept.FindAsync("oA", "1001", CancellationToken.None));

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Null(await _kept.FindAsync("oA", "1001", CancellationToken.None));
        Assert.Equal(1, await CountAsync());

        await _kept.SaveAsync("oB", "2001", "new", CancellationToken.None);
        Assert.Equal(1, await CountAsync());
        Assert.Equal("new", await _kept.FindAsync("oB", "2001", CancellationToken.None));
    }

    private async Task<long> CountAsync()
    {
        await using var connection = await _database.OpenReadAsync(CancellationToken.None);
        await using var command = connection.Command("SELECT COUNT(*) FROM wechat_passive_replies");
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class SqliteKeptPassiveRepliesTests : KeptPassiveRepliesContract
{
    protected override Task<IDatabase> CreateDatabaseAsync(TimeProvider clock) => TestDatabases.SqliteAsync("kept.db", clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresKeptPassiveRepliesTests(PostgresServer server) : KeptPassiveRepliesContract
{
    protected override Task<IDatabase> CreateDatabaseAsync(TimeProvider clock) => TestDatabases.PostgresAsync(server, clock);
}
