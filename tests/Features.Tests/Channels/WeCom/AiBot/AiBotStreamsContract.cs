using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
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
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private const string ResponseUrl = "https://qyapi.weixin.qq.com/cgi-bin/aibot/response?response_code=RC1";
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
        Assert.Equal(AiBotAppend.Closed, await _streams.AppendAsync(id, 0, "too early", null, Response(id), None));
        Assert.Null(await _streams.ReadAsync(id, None));

        await _streams.OpenAsync(id, "chat-1", "lisi", Window, null, None);
        await _streams.OpenAsync(id, "chat-1", "lisi", Window, null, None); // a retry: nothing changes
        Assert.Equal(new AiBotStreamState(string.Empty, Finished: false), await _streams.ReadAsync(id, None));
        Assert.Equal(AiBotAppend.Shown, await _streams.AppendAsync(id, 1, "second", null, Response(id), None));
        Assert.Equal(AiBotAppend.Shown, await _streams.AppendAsync(id, 0, "first", null, Response(id), None));
        Assert.Equal(AiBotAppend.Shown, await _streams.AppendAsync(id, 1, "second again", null, Response(id), None)); // redelivered by the outbox: the first copy stays
        Assert.Equal(new AiBotStreamState("first\n\nsecond", Finished: false), await _streams.ReadAsync(id, None));

        await _streams.FinishAsync(id, None);
        Assert.Equal(AiBotAppend.Closed, await _streams.AppendAsync(id, 2, "too late", null, Response(id), None));
        Assert.Equal(new AiBotStreamState("first\n\nsecond", Finished: true), await _streams.ReadAsync(id, None));
    }

    [Fact]
    public async Task An_expired_stream_reads_as_unknown_takes_nothing_and_goes_when_the_next_opens()
    {
        var old = AiBotStreams.IdFor("old");
        await _streams.OpenAsync(old, "chat-1", "lisi", Window, null, None);
        Assert.Equal(AiBotAppend.Shown, await _streams.AppendAsync(old, 0, "hello", null, Response(old), None));
        _clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromMilliseconds(1));

        Assert.Null(await _streams.ReadAsync(old, None));
        Assert.Equal(AiBotAppend.Closed, await _streams.AppendAsync(old, 1, "late", null, Response(old), None));
        await _streams.OpenAsync(AiBotStreams.IdFor("new"), "chat-1", "wangfang", Window, null, None);
        await using var connection = await _database.OpenReadAsync(None);
        await using var count = connection.Command("SELECT COUNT(*) FROM wecom_aibot_stream_parts");
        Assert.Equal(0L, Convert.ToInt64(await count.ExecuteScalarAsync(None), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Parts_after_the_window_are_late_the_stream_reads_finished_without_them_and_finishing_hands_them_over_once()
    {
        const string card = "{\"card_type\":\"button_interaction\"}";
        var id = AiBotStreams.IdFor("slow");
        await _streams.OpenAsync(id, "chat-1", "lisi", Window, ResponseUrl, None);
        Assert.Equal(AiBotAppend.Shown, await _streams.AppendAsync(id, 0, "在时限内", card, Response(id), None));
        _clock.Advance(Window + TimeSpan.FromMilliseconds(1));

        Assert.Equal(AiBotAppend.Late, await _streams.AppendAsync(id, 2, "晚了二", null, Response(id), None));
        Assert.Equal(AiBotAppend.Late, await _streams.AppendAsync(id, 1, "晚了一", null, Response(id), None));
        Assert.Equal(new AiBotStreamState("在时限内", Finished: true, card), await _streams.ReadAsync(id, None));
        Assert.True(await _streams.FinishAsync(id, None));
        Assert.False(await _streams.FinishAsync(id, None)); // handed over once
        Assert.Equal(0L, await CountAsync("outbox")); // the turn puts the response_url's row in the outbox, not the store

        // A reply the outbox delivers after the turn finished: late too, and the response_url's row comes with it, once.
        Assert.Equal(AiBotAppend.LateAfterFinish, await _streams.AppendAsync(id, 3, "晚了三", null, Response(id), None));
        Assert.Equal(AiBotAppend.LateAfterFinish, await _streams.AppendAsync(id, 4, "晚了四", null, Response(id), None));
        Assert.Equal(1L, await CountAsync("outbox"));
        Assert.Equal("晚了一\n\n晚了二\n\n晚了三\n\n晚了四", await _streams.LateTextAsync(id, None));
        Assert.Equal(1L, await CountAsync("wecom_aibot_responses"));
        _clock.Advance(TimeSpan.FromMinutes(10)); // the stream's own lifetime is over, its response_url's hour is not
        await _streams.OpenAsync(AiBotStreams.IdFor("other"), "chat-1", "wangfang", Window, null, None);
        Assert.NotNull(await _streams.LateTextAsync(id, None));

        _clock.Advance(TimeSpan.FromHours(1));
        await _streams.OpenAsync(AiBotStreams.IdFor("next"), "chat-1", "wangfang", Window, null, None);
        Assert.Equal(0L, await CountAsync("wecom_aibot_responses")); // an hour on, the URL is useless: it goes
    }

    [Fact]
    public async Task A_press_stream_has_no_window_every_reply_is_late()
    {
        var id = AiBotStreams.IdFor("press");
        await _streams.OpenAsync(id, "chat-1", "lisi", TimeSpan.Zero, ResponseUrl, None);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(AiBotAppend.Late, await _streams.AppendAsync(id, 0, "报名成功", null, Response(id), None));
        Assert.True(await _streams.FinishAsync(id, None));
        Assert.Equal("报名成功", await _streams.LateTextAsync(id, None));
    }

    private static OutboxMessage Response(string streamId) => AiBotResponses.Message(
        new ConversationReference
        {
            ChannelId = WeComAiBotMapper.ChannelId, Conversation = new ConversationAccount { Id = "chat-1", IsGroup = true }, User = new ChannelAccount { Id = "lisi" },
        },
        streamId);

    private async Task<long> CountAsync(string table)
    {
        await using var connection = await _database.OpenReadAsync(None);
        await using var count = connection.Command("SELECT COUNT(*) FROM " + table);
        return Convert.ToInt64(await count.ExecuteScalarAsync(None), System.Globalization.CultureInfo.InvariantCulture);
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
