using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;

namespace EngageBot.Core.Tests.Turns;

/// <summary>When a turn writes its conversation's reference, with one writer (SQLite) and with several (PostgreSQL).</summary>
public sealed class ConversationReferencesTests
{
    private static readonly ConversationKey Key = new("emulator", "c1");

    [Fact]
    public void One_writer_writes_a_new_conversations_reference_without_a_state_row_and_then_only_when_the_service_url_moves()
    {
        var references = new ConversationReferences(singleWriter: true);

        var first = Turn(null);
        var written = references.ToWrite(first, Key, Reference("http://127.0.0.1:1/"));
        Assert.NotNull(written);
        Assert.Null(first.State.Conversation.ToWrite());
        references.Committed(written);

        Assert.Null(references.ToWrite(Turn(null), Key, Reference("http://127.0.0.1:1/")));
        var moved = references.ToWrite(Turn(null), Key, Reference("http://127.0.0.1:2/"));
        Assert.Equal("http://127.0.0.1:2/", moved?.ServiceUrl);
    }

    [Fact]
    public void One_writer_remembers_only_what_committed_and_writes_again_after_forgetting()
    {
        var references = new ConversationReferences(singleWriter: true);
        Assert.NotNull(references.ToWrite(Turn(null), Key, Reference("http://127.0.0.1:1/")));
        Assert.NotNull(references.ToWrite(Turn(null), Key, Reference("http://127.0.0.1:1/"))); // the first turn did not commit

        references.Committed(references.ToWrite(Turn(null), Key, Reference("http://127.0.0.1:1/")));
        references.ForgetAll();

        Assert.NotNull(references.ToWrite(Turn(null), Key, Reference("http://127.0.0.1:1/")));
    }

    [Fact]
    public void One_writer_trusts_what_an_earlier_build_kept_in_the_state_and_drops_it_when_it_is_stale()
    {
        var references = new ConversationReferences(singleWriter: true);
        Assert.Null(references.ToWrite(Turn("""{"referenceServiceUrl":"http://127.0.0.1:1/"}"""), Key, Reference("http://127.0.0.1:1/")));

        var other = new ConversationReferences(singleWriter: true);
        var stale = Turn("""{"referenceServiceUrl":"http://127.0.0.1:1/","x":1}""");
        Assert.NotNull(other.ToWrite(stale, Key, Reference("http://127.0.0.1:2/")));
        Assert.Equal("""{"x":1}""", stale.State.Conversation.ToWrite()?.Json);

        // Trusted from the state once, then the serviceUrl moves: the old value leaves the state with that write.
        var moved = Turn("""{"referenceServiceUrl":"http://127.0.0.1:1/"}""");
        Assert.NotNull(references.ToWrite(moved, Key, Reference("http://127.0.0.1:3/")));
        Assert.Equal("{}", moved.State.Conversation.ToWrite()?.Json);
    }

    [Fact]
    public void Several_writers_keep_the_written_service_url_in_the_conversation_state()
    {
        var references = new ConversationReferences(singleWriter: false);
        var first = Turn(null);
        references.Committed(references.ToWrite(first, Key, Reference("http://127.0.0.1:1/")));
        var state = first.State.Conversation.ToWrite();
        Assert.Equal("""{"referenceServiceUrl":"http://127.0.0.1:1/"}""", state?.Json);

        // Another instance's next turn reads that state; a fresh process without it writes again.
        Assert.Null(references.ToWrite(Turn(state!.Json), Key, Reference("http://127.0.0.1:1/")));
        Assert.NotNull(references.ToWrite(Turn(null), Key, Reference("http://127.0.0.1:1/")));
    }

    private static TurnContext Turn(string? conversationJson) => new(
        new Activity { Type = ActivityTypes.Message, Text = "帮助" },
        new TurnState(
            new StateBag("conversation/emulator/c1", conversationJson is null ? null : new StoredState("conversation/emulator/c1", conversationJson, "1")),
            new StateBag("user/emulator/u1", null)),
        (_, _) => Task.CompletedTask);

    private static ConversationReference Reference(string serviceUrl) => new()
    {
        ServiceUrl = serviceUrl,
        ChannelId = "emulator",
        User = new ChannelAccount { Id = "u1" },
        Bot = new ChannelAccount { Id = "bot" },
        Conversation = new ConversationAccount { Id = "c1" },
    };
}
