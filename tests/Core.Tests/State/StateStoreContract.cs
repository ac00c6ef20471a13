using System.Globalization;
using EngageBot.Core.State;
using EngageBot.Infrastructure;

namespace EngageBot.Core.Tests.State;

/// <summary>
/// What every <see cref="IStateStore"/> binding must do, whatever database is behind it. A binding supplies a
/// fresh, migrated database per test; the assertions read the tables back through the same database.
/// </summary>
public abstract partial class StateStoreContract : IAsyncLifetime
{
    private IDatabase _database = null!;

    protected IStateStore Store { get; private set; } = null!;

    /// <summary>A new, empty database with the schema applied.</summary>
    protected abstract Task<IDatabase> CreateDatabaseAsync();

    /// <summary>Drops what <see cref="CreateDatabaseAsync"/> made.</summary>
    protected abstract Task DeleteDatabaseAsync(IDatabase database);

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        Store = new StateStore(_database, TimeProvider.System);
    }

    public Task DisposeAsync() => DeleteDatabaseAsync(_database);

    [Fact]
    public async Task Reading_missing_keys_returns_no_entries()
    {
        var found = await Store.ReadAsync(["user/emulator/nobody", "conversation/emulator/none"], CancellationToken.None);

        Assert.Empty(found);
        Assert.Empty(await Store.ReadAsync([], CancellationToken.None));
    }

    [Fact]
    public async Task A_null_etag_inserts_a_new_document_with_an_etag()
    {
        await CommitAsync(new StateWrite("k1", """{"n":1}""", null));

        var stored = (await Store.ReadAsync(["k1", "k2"], CancellationToken.None)).Values.Single();
        Assert.Equal("k1", stored.Key);
        Assert.Equal("""{"n":1}""", stored.Json);
        Assert.False(string.IsNullOrEmpty(stored.ETag));
    }

    [Fact]
    public async Task A_null_etag_conflicts_when_the_document_already_exists()
    {
        await CommitAsync(new StateWrite("k1", """{"n":1}""", null));

        var conflict = await Assert.ThrowsAsync<ETagConflictException>(() => CommitAsync(new StateWrite("k1", """{"n":2}""", null)));

        Assert.Equal("k1", conflict.Key);
        Assert.Equal("""{"n":1}""", (await ReadAsync("k1")).Json);
    }

    [Fact]
    public async Task The_current_etag_updates_the_document_and_changes_its_etag()
    {
        await CommitAsync(new StateWrite("k1", """{"n":1}""", null));
        var first = await ReadAsync("k1");

        await CommitAsync(new StateWrite("k1", """{"n":2}""", first.ETag));

        var second = await ReadAsync("k1");
        Assert.Equal("""{"n":2}""", second.Json);
        Assert.NotEqual(first.ETag, second.ETag);
    }

    [Fact]
    public async Task A_stale_etag_throws_and_nothing_of_that_commit_is_written()
    {
        await CommitAsync(new StateWrite("k1", """{"n":1}""", null));
        var stale = await ReadAsync("k1");
        await CommitAsync(new StateWrite("k1", """{"n":2}""", stale.ETag));

        var commit = new TurnCommit(
            "emulator/c1/a1",
            [new StateWrite("k2", """{"other":true}""", null), new StateWrite("k1", """{"n":99}""", stale.ETag)],
            [new TranscriptEntry(new ConversationKey("emulator", "c1"), "a1", "in", "{}"), new TranscriptEntry(new ConversationKey("emulator", "c1"), null, "out", "{}")],
            Reference("emulator/c1", "http://127.0.0.1:1/"));
        var conflict = await Assert.ThrowsAsync<ETagConflictException>(() => Store.CommitAsync(commit, CancellationToken.None));

        Assert.Equal("k1", conflict.Key);
        Assert.Equal("""{"n":2}""", (await ReadAsync("k1")).Json);
        Assert.False((await Store.ReadAsync(["k2"], CancellationToken.None)).ContainsKey("k2"));
        Assert.False(await Store.IsProcessedAsync("emulator/c1/a1", CancellationToken.None));
        Assert.Equal(0, await CountAsync("transcript"));
        Assert.Null(await Store.GetReferenceAsync(U1, new ConversationKey("emulator", "c1"), CancellationToken.None));
    }

    [Theory]
    [InlineData("not-a-number")]
    [InlineData("")]
    [InlineData("12345")]
    public async Task An_etag_the_store_never_gave_conflicts(string etag)
    {
        await CommitAsync(new StateWrite("k1", """{"n":1}""", null));

        await Assert.ThrowsAsync<ETagConflictException>(() => CommitAsync(new StateWrite("k1", """{"n":2}""", etag)));
        Assert.Equal("""{"n":1}""", (await ReadAsync("k1")).Json);
    }

    [Fact]
    public async Task An_etag_for_a_missing_document_conflicts()
    {
        await Assert.ThrowsAsync<ETagConflictException>(() => CommitAsync(new StateWrite("ghost", "{}", "1")));

        Assert.Empty(await Store.ReadAsync(["ghost"], CancellationToken.None));
    }

    [Fact]
    public async Task Star_writes_whatever_is_stored_and_creates_when_missing()
    {
        await CommitAsync(new StateWrite("k1", """{"n":1}""", "*"));
        var created = await ReadAsync("k1");
        await CommitAsync(new StateWrite("k1", """{"n":2}""", "*"));

        var overwritten = await ReadAsync("k1");
        Assert.Equal("""{"n":2}""", overwritten.Json);
        Assert.NotEqual(created.ETag, overwritten.ETag);
        await Assert.ThrowsAsync<ETagConflictException>(() => CommitAsync(new StateWrite("k1", "{}", created.ETag)));
    }

    [Fact]
    public async Task A_processed_activity_cannot_be_committed_twice_and_the_second_commit_is_rolled_back()
    {
        await Store.CommitAsync(new TurnCommit("emulator/c1/a1", [], [new TranscriptEntry(new ConversationKey("emulator", "c1"), "a1", "in", "{}")], null), CancellationToken.None);
        Assert.True(await Store.IsProcessedAsync("emulator/c1/a1", CancellationToken.None));

        var again = new TurnCommit(
            "emulator/c1/a1",
            [new StateWrite("k1", "{}", null)],
            [new TranscriptEntry(new ConversationKey("emulator", "c1"), "a1", "in", "{}")],
            Reference("emulator/c1", "http://127.0.0.1:1/"));
        var duplicate = await Assert.ThrowsAsync<DuplicateActivityException>(() => Store.CommitAsync(again, CancellationToken.None));

        Assert.Equal("emulator/c1/a1", duplicate.ActivityKey);
        Assert.Equal(1, await CountAsync("transcript"));
        Assert.Empty(await Store.ReadAsync(["k1"], CancellationToken.None));
        Assert.Null(await Store.GetReferenceAsync(U1, new ConversationKey("emulator", "c1"), CancellationToken.None));
    }

    [Fact]
    public async Task The_turn_read_brings_the_documents_and_whether_the_activity_was_processed()
    {
        await Store.CommitAsync(new TurnCommit("emulator/c1/a1", [new StateWrite("k1", """{"n":1}""", null)], [], null), CancellationToken.None);

        var seen = await Store.ReadTurnAsync(["k1", "k2"], "emulator/c1/a1", CancellationToken.None);
        var fresh = await Store.ReadTurnAsync(["k1", "k2"], "emulator/c1/a2", CancellationToken.None);
        var noId = await Store.ReadTurnAsync(["k2"], null, CancellationToken.None);

        Assert.True(seen.Processed);
        Assert.Equal(await ReadAsync("k1"), Assert.Single(seen.States).Value);
        Assert.False(fresh.Processed);
        Assert.Single(fresh.States);
        Assert.False(noId.Processed);
        Assert.Empty(noId.States);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(16)]
    [InlineData(17)]
    public async Task The_turn_read_brings_exactly_the_stored_documents_for_any_number_of_keys(int count)
    {
        // PostgreSQL lists the keys as parameters padded to a power of two (by repeating the last), or an array past 16.
        var keys = Enumerable.Range(0, count).Select(i => "k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var stored = keys.Where((_, i) => i % 2 == 0).ToList();
        await Store.CommitAsync(new TurnCommit("emulator/c1/a1", [.. stored.Select(k => new StateWrite(k, $$"""{"k":"{{k}}"}""", null))], [], null), CancellationToken.None);

        var read = await Store.ReadTurnAsync(keys, "emulator/c1/a1", CancellationToken.None);

        Assert.True(read.Processed);
        Assert.Equal(stored.Order(StringComparer.Ordinal), read.States.Keys.Order(StringComparer.Ordinal));
        Assert.All(read.States, s => Assert.Equal($$"""{"k":"{{s.Key}}"}""", s.Value.Json));
    }

    [Fact]
    public async Task Rows_another_module_adds_to_the_commit_are_written_with_it_and_rolled_back_with_it()
    {
        var conversation = new ConversationKey("emulator", "c1");
        await Store.CommitAsync(Hooked("emulator/c1/a1", new StateWrite("k1", "{}", null), "hook-1",
            [new TranscriptEntry(conversation, "a1", "in", """{"n":1}"""), new TranscriptEntry(conversation, null, "out", """{"n":2}""")]), CancellationToken.None);
        var stale = await ReadAsync("k1");
        await CommitAsync(new StateWrite("k1", """{"n":2}""", stale.ETag));

        await Assert.ThrowsAsync<ETagConflictException>(() =>
            Store.CommitAsync(Hooked("emulator/c1/a2", new StateWrite("k1", "{}", stale.ETag), "hook-2", []), CancellationToken.None));

        Assert.True(await Store.IsProcessedAsync("hook-1", CancellationToken.None));
        Assert.False(await Store.IsProcessedAsync("hook-2", CancellationToken.None));
        Assert.False(await Store.IsProcessedAsync("emulator/c1/a2", CancellationToken.None));
        var transcript = await Store.ReadTranscriptAsync(conversation, 0, 10, CancellationToken.None);
        Assert.Equal(new[] { """{"n":1}""", """{"n":2}""" }, transcript.Select(r => r.Json));
        Assert.Equal(new string?[] { "a1", null }, transcript.Select(r => r.ActivityId));
    }

    /// <summary>A commit whose hook marks <paramref name="hookKey"/> processed: in the transaction, or (PostgreSQL) in the one batch.</summary>
    private static TurnCommit Hooked(string activityKey, StateWrite write, string hookKey, IReadOnlyList<TranscriptEntry> transcript) => new(
        activityKey, [write], transcript, null,
        async (connection, transaction, ct) =>
        {
            await using var insert = connection.Command("INSERT INTO processed_activities (key, processed_at) VALUES (@k, 1)", transaction).With("@k", hookKey);
            await insert.ExecuteNonQueryAsync(ct);
        },
        batch => batch.Add("INSERT INTO processed_activities (key, processed_at) VALUES (@k, 1)").With("@k", hookKey));

    private Task CommitAsync(StateWrite write) => Store.CommitAsync(new TurnCommit(null, [write], [], null), CancellationToken.None);

    private async Task<StoredState> ReadAsync(string key) => (await Store.ReadAsync([key], CancellationToken.None))[key];

    private static readonly MemberKey U1 = new("emulator", "u1");

    private static ConversationReferenceRecord Reference(string key, string? serviceUrl, bool isGroup = false, string? locale = null)
    {
        var conversation = ConversationKey.Parse(key);
        return new ConversationReferenceRecord(conversation, new EngageBot.Core.Protocol.ConversationReference
        {
            User = new EngageBot.Core.Protocol.ChannelAccount { Id = "u1", Name = "张三" },
            Bot = new EngageBot.Core.Protocol.ChannelAccount { Id = "bot", Name = "小助手" },
            Conversation = new EngageBot.Core.Protocol.ConversationAccount { Id = conversation.ConversationId, IsGroup = isGroup ? true : null },
            ChannelId = conversation.ChannelId,
            ServiceUrl = serviceUrl,
            Locale = locale,
        });
    }

    private async Task<long> CountAsync(string table)
    {
        await using var connection = await _database.OpenReadAsync(CancellationToken.None);
        await using var command = connection.Command("SELECT COUNT(*) FROM " + table);
        return Convert.ToInt64(await command.ExecuteScalarAsync(CancellationToken.None), CultureInfo.InvariantCulture);
    }
}
