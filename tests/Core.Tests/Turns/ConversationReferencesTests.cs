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
    public void One_writer_trusts_what_an_earlier_build_kept_in_the_state_for_the_same_member_and_drops_it_when_it_is_stale()
    {
        var references = new ConversationReferences(singleWriter: true);
        Assert.Null(references.ToWrite(Turn("""{"referenceServiceUrl":"http://127.0.0.1:1/","referenceMember":"u1"}"""), Key, Reference("http://127.0.0.1:1/")));

        // A state from before rows were per member names none: the row may be under another user id, so write it once more.
        var unnamed = new ConversationReferences(singleWriter: true);
        Assert.NotNull(unnamed.ToWrite(Turn("""{"referenceServiceUrl":"http://127.0.0.1:1/"}"""), Key, Reference("http://127.0.0.1:1/")));

        var other = new ConversationReferences(singleWriter: true);
        var stale = Turn("""{"referenceServiceUrl":"http://127.0.0.1:1/","x":1}""");
        Assert.NotNull(other.ToWrite(stale, Key, Reference("http://127.0.0.1:2/")));
        Assert.Equal("""{"x":1}""", stale.State.Conversation.ToWrite()?.Json);

        // Trusted from the state once, then the serviceUrl moves: the old value leaves the state with that write.
        var moved = Turn("""{"referenceServiceUrl":"http://127.0.0.1:1/","referenceMember":"u1"}""");
        Assert.NotNull(references.ToWrite(moved, Key, Reference("http://127.0.0.1:3/")));
        Assert.Equal("""{"referenceMember":"u1"}""", moved.State.Conversation.ToWrite()?.Json);
    }

    [Fact]
    public void A_second_user_id_in_a_one_to_one_conversation_writes_a_row_of_its_own_with_one_writer_and_with_several()
    {
        // Direct Line: the conversation's start writes the row under the token's user (u1); a message with the client's
        // own id (u2) must write its own, or a lookup by that sender (a hand-off reply, a sign-up reminder) finds none.
        var one = new ConversationReferences(singleWriter: true);
        one.Committed(one.ToWrite(Turn(null), Key, Reference("http://127.0.0.1:1/")));
        Assert.Null(one.ToWrite(Turn(null), Key, Reference("http://127.0.0.1:1/")));
        var second = one.ToWrite(Turn(null), Key, Reference("http://127.0.0.1:1/", "u2"));
        Assert.Equal(new MemberKey("emulator", "u2"), second?.Member);
        one.Committed(second);
        Assert.Null(one.ToWrite(Turn(null), Key, Reference("http://127.0.0.1:1/", "u2")));

        var several = new ConversationReferences(singleWriter: false);
        var first = Turn(null);
        several.Committed(several.ToWrite(first, Key, Reference("http://127.0.0.1:1/")));
        Assert.NotNull(several.ToWrite(Turn(first.State.Conversation.ToWrite()!.Json), Key, Reference("http://127.0.0.1:1/", "u2")));
    }

    [Fact]
    public void Several_writers_keep_the_written_service_url_in_the_conversation_state()
    {
        var references = new ConversationReferences(singleWriter: false);
        var first = Turn(null);
        references.Committed(references.ToWrite(first, Key, Reference("http://127.0.0.1:1/")));
        var state = first.State.Conversation.ToWrite();
        Assert.Equal("""{"referenceServiceUrl":"http://127.0.0.1:1/","referenceMember":"u1"}""", state?.Json);

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

    private static ConversationReference Reference(string serviceUrl, string user = "u1") => new()
    {
        ServiceUrl = serviceUrl,
        ChannelId = "emulator",
        User = new ChannelAccount { Id = user },
        Bot = new ChannelAccount { Id = "bot" },
        Conversation = new ConversationAccount { Id = "c1" },
    };
}
