using EngageBot.Features.Channels.DirectLine;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels;

/// <summary>The Direct Line log on each provider: ids and watermarks never repeat or skip, even when appends race.</summary>
public abstract class DirectLineLogContract : IAsyncLifetime
{
    private IDatabase _database = null!;
    private DirectLineLog _log = null!;

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        _log = new DirectLineLog(_database, TimeProvider.System);
    }

    public async Task DisposeAsync() => await TestDatabases.DisposeAsync(_database);

    protected abstract Task<IDatabase> CreateDatabaseAsync();

    private static string Render(string id) => $"{{\"id\":\"{id}\"}}";

    [Fact]
    public async Task Concurrent_appends_get_contiguous_unique_sequence_numbers_per_conversation()
    {
        Assert.True(await _log.CreateAsync("a", isGroup: true, CancellationToken.None));
        Assert.True(await _log.CreateAsync("b", isGroup: false, CancellationToken.None));
        Assert.False(await _log.CreateAsync("a", isGroup: false, CancellationToken.None));

        var conversations = Enumerable.Range(0, 60).Select(i => i % 3 == 0 ? "b" : "a").ToList();
        var logged = await Task.WhenAll(conversations.Select(c => _log.AppendAsync(c, Render, CancellationToken.None)));

        // The JSON handed back is what was stored, with the number it got in its id.
        Assert.All(conversations.Zip(logged), x => Assert.Equal(Render(DirectLineChannel.ActivityId(x.First, x.Second!.Seq)), x.Second.Json));
        var a = await _log.ReadAfterAsync("a", 0, 100, CancellationToken.None);
        var b = await _log.ReadAfterAsync("b", 0, 100, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), a.Select(x => x.Seq));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), b.Select(x => x.Seq));
        var found = await _log.FindAsync("a", CancellationToken.None);
        Assert.True(found!.IsGroup);
        Assert.Equal(40, found.LastSeq);
        Assert.Equal(a.Select(x => Render(DirectLineChannel.ActivityId("a", x.Seq))), a.Select(x => x.Json));
    }

    [Fact]
    public async Task An_id_gets_at_least_seven_digits_and_a_text_quoting_the_placeholder_is_stored_as_written()
    {
        await _log.CreateAsync("d", isGroup: true, CancellationToken.None);
        var first = await _log.AppendAsync("d", id => $"{{\"id\":\"{id}\",\"text\":\"{long.MaxValue}\"}}", CancellationToken.None);
        await _database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var jump = connection.Command("UPDATE dl_conversations SET last_seq = 12345678 WHERE conversation_id = 'd'", transaction);
                return await jump.ExecuteNonQueryAsync(CancellationToken.None);
            },
            CancellationToken.None);

        var wide = await _log.AppendAsync("d", Render, CancellationToken.None);

        Assert.Equal($"{{\"id\":\"d|0000001\",\"text\":\"{long.MaxValue}\"}}", first!.Json);
        Assert.Equal("""{"id":"d|12345679"}""", wide!.Json);
        Assert.Equal([first.Json, wide.Json], (await _log.ReadAfterAsync("d", 0, 10, CancellationToken.None)).Select(x => x.Json));
    }

    [Fact]
    public async Task Appending_to_an_unknown_conversation_stores_nothing()
    {
        var logged = await _log.AppendAsync("nope", _ => "{}", CancellationToken.None);

        Assert.Null(logged);
        Assert.Empty(await _log.ReadAfterAsync("nope", 0, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Reading_pages_forwards_after_a_watermark_and_backwards_before_one()
    {
        await _log.CreateAsync("c", isGroup: false, CancellationToken.None);
        for (var i = 0; i < 10; i++)
        {
            await _log.AppendAsync("c", Render, CancellationToken.None);
        }

        var after = await _log.ReadAfterAsync("c", 7, 100, CancellationToken.None);
        var before = await _log.ReadBeforeAsync("c", 5, 3, CancellationToken.None);

        Assert.Equal([8L, 9L, 10L], after.Select(x => x.Seq));
        Assert.Equal([2L, 3L, 4L], before.Select(x => x.Seq));
    }

    [Fact]
    public async Task Attachments_round_trip_their_bytes()
    {
        byte[] content = [0x89, 0x50, 0x4E, 0x47, 0, 255];
        await _log.SaveAttachmentAsync(new StoredAttachment("att1", "c", "image/png", "p.png", content), CancellationToken.None);

        var found = await _log.FindAttachmentAsync("att1", CancellationToken.None);

        Assert.Equal(content, found!.Content);
        Assert.Equal("image/png", found.ContentType);
        Assert.Null(await _log.FindAttachmentAsync("att2", CancellationToken.None));
    }
}

public sealed class SqliteDirectLineLogTests : DirectLineLogContract
{
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.SqliteAsync("dl.db");
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresDirectLineLogTests(PostgresServer server) : DirectLineLogContract
{
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.PostgresAsync(server);
}
