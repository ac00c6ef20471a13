using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Infrastructure;
using EngageBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EngageBot.Core.Tests.Turns;

/// <summary>
/// Which new conversations' references may be written after their turn (one writer, a member reachable elsewhere on
/// the channel), and the batch that writes them: only while the member still has another reference.
/// </summary>
public sealed class DeferredReferencesTests : IAsyncLifetime
{
    private IDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabases.SqliteAsync("references.db");

    public async Task DisposeAsync() => await TestDatabases.DisposeAsync(_database);

    [Fact]
    public void Only_a_known_members_new_one_to_one_conversation_in_a_turn_that_keeps_nothing_by_its_key_may_wait()
    {
        var references = new ConversationReferences(singleWriter: true);
        var first = references.ToWrite(Turn(), Key("c1"), Reference("c1", "u1"));
        Assert.False(references.MayDefer(first, Turn()));               // first contact: written with its turn
        references.Committed(first);

        Assert.True(references.MayDefer(references.ToWrite(Turn(), Key("c2"), Reference("c2", "u1")), Turn()));
        Assert.False(references.MayDefer(references.ToWrite(Turn(), Key("c3"), Reference("c3", "u2")), Turn()));
        Assert.False(references.MayDefer(references.ToWrite(Turn(), Key("g1"), Reference("g1", "u1", group: true)), Turn()));
        Assert.False(references.MayDefer(references.ToWrite(Turn(), Key("c4"), Reference("c4", "u1")), Turn(keeps: true)));
        Assert.False(references.MayDefer(references.ToWrite(Turn(), Key("c1"), Reference("c1", "u1", "http://127.0.0.1:2/")), Turn())); // a moved serviceUrl

        references.ForgetAll();
        Assert.False(references.MayDefer(references.ToWrite(Turn(), Key("c5"), Reference("c5", "u1")), Turn()));
        Assert.False(new ConversationReferences(singleWriter: false).MayDefer(Record("c6", "u1"), Turn()));
    }

    [Fact]
    public async Task The_batch_writes_a_waiting_reference_and_its_conversations_next_turn_writes_nothing()
    {
        var (references, deferred) = Deferred();
        await CommitAsync(Record("c1", "u1"));
        references.Committed(Record("c1", "u1"));

        deferred.Add(Record("c2", "u1"));
        await deferred.FlushAsync(CancellationToken.None);

        Assert.Equal("http://127.0.0.1:1/", (await Store.GetReferenceAsync(Key("c2"), CancellationToken.None))?.ServiceUrl);
        Assert.Null(references.ToWrite(Turn(), Key("c2"), Reference("c2", "u1")));
    }

    [Fact]
    public async Task A_reference_waiting_when_its_member_was_erased_is_not_written_and_its_next_turn_writes_it()
    {
        var (references, deferred) = Deferred();
        await CommitAsync(Record("c1", "u1"));
        var waiting = Enumerable.Range(2, 9).Select(i => Record("c" + i, "u1")).Append(Record("e1", "u2")).ToList(); // 8 + 1 + 1 rows
        foreach (var record in waiting)
        {
            deferred.Add(record); // u2's other reference is gone (erased) by the time the batch runs
        }

        await deferred.FlushAsync(CancellationToken.None);

        Assert.Null(await Store.GetReferenceAsync(Key("e1"), CancellationToken.None));
        Assert.NotNull(references.ToWrite(Turn(), Key("e1"), Reference("e1", "u2")));
        foreach (var record in waiting.SkipLast(1))
        {
            Assert.NotNull(await Store.GetReferenceAsync(record.Key, CancellationToken.None));
            Assert.Null(references.ToWrite(Turn(), record.Key, Reference(record.Key.ConversationId, "u1")));
        }
    }

    private StateStore Store => new(_database, TimeProvider.System);

    private (ConversationReferences References, DeferredReferences Deferred) Deferred()
    {
        var references = new ConversationReferences(singleWriter: true);
        return (references, new DeferredReferences(_database, references, Options.Create(new TurnOptions()), TimeProvider.System, NullLogger<DeferredReferences>.Instance));
    }

    private Task CommitAsync(ConversationReferenceRecord record) => Store.CommitAsync(new TurnCommit(null, [], [], record), CancellationToken.None);

    private static ConversationKey Key(string id) => new("emulator", id);

    private static ConversationReferenceRecord Record(string conversation, string user) => new(
        Key(conversation), user, "http://127.0.0.1:1/", false, JsonSerializer.Serialize(Reference(conversation, user), ProtocolJson.Default.ConversationReference));

    private static TurnContext Turn(bool keeps = false) => new(
        new Activity { Type = ActivityTypes.Message, Text = "帮助" },
        new TurnState(new StateBag("conversation/emulator/c", null), new StateBag("user/emulator/u", null)),
        (_, _) => Task.CompletedTask) { KeepsConversationReference = keeps };

    private static ConversationReference Reference(string conversation, string user, string serviceUrl = "http://127.0.0.1:1/", bool group = false) => new()
    {
        ServiceUrl = serviceUrl,
        ChannelId = "emulator",
        User = new ChannelAccount { Id = user },
        Bot = new ChannelAccount { Id = "bot" },
        Conversation = new ConversationAccount { Id = conversation, IsGroup = group ? true : null },
    };
}
