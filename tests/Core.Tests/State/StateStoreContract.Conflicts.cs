using System.Globalization;
using EngageBot.Core.State;
using EngageBot.Infrastructure;

namespace EngageBot.Core.Tests.State;

/// <summary>
/// A commit's refusals: a changed document or an activity already processed. PostgreSQL raises them inside its
/// one-batch commit (schema 280) and maps each back to the write that failed; SQLite checks each statement's count.
/// Either way the refusal names the right key and nothing of the refused commit stays, its hooked rows included.
/// </summary>
public abstract partial class StateStoreContract
{
    [Theory]
    [InlineData(0, false, false)]
    [InlineData(1, false, false)]
    [InlineData(2, false, false)]
    [InlineData(0, true, false)]
    [InlineData(2, true, false)]
    [InlineData(1, false, true)]
    [InlineData(2, true, true)]
    public async Task A_conflict_at_any_write_of_the_commit_names_that_key_and_nothing_of_the_commit_stays(
        int conflicting, bool asInsert, bool hookNeedsTheTransaction)
    {
        string[] keys = ["k0", "k1", "k2"];
        foreach (var key in keys)
        {
            await CommitAsync(new StateWrite(key, """{"n":1}""", null));
        }

        var read = await Store.ReadAsync(keys, CancellationToken.None);
        // Someone else changed the conflicting document after this turn read it.
        await CommitAsync(new StateWrite(keys[conflicting], """{"n":2}""", read[keys[conflicting]].ETag));
        var before = await Store.ReadAsync(keys, CancellationToken.None);
        var writes = keys.Select((key, i) => new StateWrite(key, """{"n":99}""", i == conflicting && asInsert ? null : read[key].ETag)).ToList();
        var conversation = new ConversationKey("emulator", "c1");
        var commit = new TurnCommit(
            "emulator/c1/a1", writes,
            [new TranscriptEntry(conversation, "a1", "in", "{}"), new TranscriptEntry(conversation, null, "out", "{}")],
            Reference("emulator/c1", "http://127.0.0.1:1/"),
            async (connection, transaction, ct) =>
            {
                await using var insert = connection.Command("INSERT INTO processed_activities (key, processed_at) VALUES ('hook', 1)", transaction);
                await insert.ExecuteNonQueryAsync(ct);
            },
            hookNeedsTheTransaction ? null : batch => batch.Add("INSERT INTO processed_activities (key, processed_at) VALUES ('hook', 1)"));

        var conflict = await Assert.ThrowsAsync<ETagConflictException>(() => Store.CommitAsync(commit, CancellationToken.None));

        Assert.Equal(keys[conflicting], conflict.Key);
        Assert.Equal(before.Values.OrderBy(s => s.Key), (await Store.ReadAsync(keys, CancellationToken.None)).Values.OrderBy(s => s.Key));
        Assert.False(await Store.IsProcessedAsync("emulator/c1/a1", CancellationToken.None));
        Assert.False(await Store.IsProcessedAsync("hook", CancellationToken.None));
        Assert.Equal(0, await CountAsync("transcript"));
        Assert.Null(await Store.GetReferenceAsync(U1, conversation, CancellationToken.None));

        // The same commit from fresh state goes through, every write of it.
        var fresh = keys.Select(key => new StateWrite(key, """{"n":99}""", before[key].ETag)).ToList();
        await Store.CommitAsync(commit with { States = fresh }, CancellationToken.None);
        Assert.All((await Store.ReadAsync(keys, CancellationToken.None)).Values, s => Assert.Equal("""{"n":99}""", s.Json));
        Assert.True(await Store.IsProcessedAsync("hook", CancellationToken.None));
        Assert.Equal(2, await CountAsync("transcript"));
    }

    [Fact]
    public async Task In_a_commit_of_many_writes_the_conflict_still_names_its_key()
    {
        var keys = Enumerable.Range(0, 120).Select(i => "k" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        await Store.CommitAsync(new TurnCommit(null, [.. keys.Select(key => new StateWrite(key, "{}", null))], [], null), CancellationToken.None);
        var read = await Store.ReadAsync(keys, CancellationToken.None);
        await CommitAsync(new StateWrite("k110", """{"n":2}""", read["k110"].ETag));

        var conflict = await Assert.ThrowsAsync<ETagConflictException>(() => Store.CommitAsync(
            new TurnCommit(null, [.. keys.Select(key => new StateWrite(key, """{"n":3}""", read[key].ETag))], [], null), CancellationToken.None));

        Assert.Equal("k110", conflict.Key);
        Assert.Equal(119, (await Store.ReadAsync(keys, CancellationToken.None)).Values.Count(s => s.Json == "{}"));
    }

    [Fact]
    public async Task Two_commits_of_one_activity_at_once_write_one_and_refuse_the_other_as_a_duplicate()
    {
        var conversation = new ConversationKey("emulator", "c1");
        for (var round = 0; round < 5; round++)
        {
            var activity = "a" + round;
            TurnCommit Turn(string stateKey) => new(
                "emulator/c1/" + activity, [new StateWrite(stateKey, "{}", null)], [new TranscriptEntry(conversation, activity, "in", "{}")],
                Reference("emulator/c1", "http://127.0.0.1:1/"));

            var outcomes = await Task.WhenAll(
                Outcome(() => Store.CommitAsync(Turn("a" + round), CancellationToken.None)), Outcome(() => Store.CommitAsync(Turn("b" + round), CancellationToken.None)));

            var refused = Assert.Single(outcomes, o => o is not null);
            Assert.Equal("emulator/c1/" + activity, Assert.IsType<DuplicateActivityException>(refused).ActivityKey);
            var written = await Store.ReadAsync(["a" + round, "b" + round], CancellationToken.None);
            Assert.Equal(outcomes[0] is null ? "a" + round : "b" + round, Assert.Single(written).Key);
            Assert.Equal(round + 1, await CountAsync("transcript"));
        }
    }

    [Fact]
    public async Task Two_commits_from_one_etag_at_once_write_one_and_refuse_the_other_naming_the_key()
    {
        await CommitAsync(new StateWrite("k1", """{"n":0}""", null));
        for (var round = 1; round <= 5; round++)
        {
            var etag = (await ReadAsync("k1")).ETag;
            var conversation = new ConversationKey("emulator", "c" + round);
            TurnCommit Turn(string who) => new(
                $"emulator/c{round}/{who}", [new StateWrite("k0-" + who + round, "{}", null), new StateWrite("k1", $$"""{"n":"{{who}}{{round}}"}""", etag)],
                [new TranscriptEntry(conversation, who, "in", "{}")], null);

            var outcomes = await Task.WhenAll(Outcome(() => Store.CommitAsync(Turn("a"), CancellationToken.None)), Outcome(() => Store.CommitAsync(Turn("b"), CancellationToken.None)));

            var refused = Assert.Single(outcomes, o => o is not null);
            Assert.Equal("k1", Assert.IsType<ETagConflictException>(refused).Key);
            var winner = outcomes[0] is null ? "a" : "b";
            var loser = winner == "a" ? "b" : "a";
            Assert.Equal($$"""{"n":"{{winner}}{{round}}"}""", (await ReadAsync("k1")).Json);
            Assert.Empty(await Store.ReadAsync(["k0-" + loser + round], CancellationToken.None));
            Assert.Single(await Store.ReadAsync(["k0-" + winner + round], CancellationToken.None));
            Assert.False(await Store.IsProcessedAsync($"emulator/c{round}/{loser}", CancellationToken.None));
            Assert.Equal([winner], (await Store.ReadTranscriptAsync(conversation, 0, 10, CancellationToken.None)).Select(r => r.ActivityId));
        }
    }

    private static async Task<Exception?> Outcome(Func<Task> commit)
    {
        try
        {
            await commit();
            return null;
        }
        catch (Exception ex) when (ex is ETagConflictException or DuplicateActivityException)
        {
            return ex;
        }
    }
}
