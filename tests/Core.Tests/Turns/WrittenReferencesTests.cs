using EngageBot.Core.State;
using EngageBot.Core.Turns;

namespace EngageBot.Core.Tests.Turns;

/// <summary>What <see cref="ConversationReferences"/> remembers of written references (one writer).</summary>
public sealed class WrittenReferencesTests
{
    private static readonly MemberKey U = new("emulator", "u1");

    [Fact]
    public void Remembers_each_conversations_service_url_by_channel_and_id()
    {
        var written = new WrittenReferences(capacity: 100);
        written.Set(new ConversationKey("emulator", "c1"), U, "http://127.0.0.1:1/");
        written.Set(new ConversationKey("webchat", "c1"), U, "http://127.0.0.1:2/");

        Assert.Equal("http://127.0.0.1:1/", written.Get(new ConversationKey("emulator", "c1"), U));
        Assert.Equal("http://127.0.0.1:2/", written.Get(new ConversationKey("webchat", "c1"), U));
        Assert.Null(written.Get(new ConversationKey("emulator", "c2"), U));
        Assert.Null(written.Get(new ConversationKey("emulator", "c"), U));

        written.Set(new ConversationKey("emulator", "c1"), U, "http://127.0.0.1:3/"); // moved
        Assert.Equal("http://127.0.0.1:3/", written.Get(new ConversationKey("emulator", "c1"), U));
        Assert.Equal(2, written.Count);
    }

    [Fact]
    public void Holds_as_many_as_its_capacity_and_then_starts_over()
    {
        var written = new WrittenReferences(capacity: 5_000);
        for (var i = 0; i < 5_000; i++)
        {
            written.Set(new ConversationKey("emulator", "conversation-" + i), U, "http://127.0.0.1:1/");
        }

        Assert.Equal(5_000, written.Count);
        Assert.All(Enumerable.Range(0, 5_000), i => Assert.Equal("http://127.0.0.1:1/", written.Get(new ConversationKey("emulator", "conversation-" + i), U)));

        written.Set(new ConversationKey("emulator", "one more"), U, "http://127.0.0.1:1/");
        Assert.Equal(1, written.Count);
        Assert.Null(written.Get(new ConversationKey("emulator", "conversation-0"), U));
        Assert.Equal("http://127.0.0.1:1/", written.Get(new ConversationKey("emulator", "one more"), U));

        written.Clear();
        Assert.Null(written.Get(new ConversationKey("emulator", "one more"), U));
        Assert.Equal(0, written.Count);
    }

    [Fact]
    public void Remembers_long_ids_but_no_more_service_urls_than_it_keeps()
    {
        var written = new WrittenReferences(capacity: 1_000);
        var long_ = new ConversationKey("emulator", new string('x', 600));
        written.Set(long_, U, "http://127.0.0.1:1/");
        Assert.Equal("http://127.0.0.1:1/", written.Get(long_, U));

        for (var i = 0; i < WrittenReferences.MaxServiceUrls; i++)
        {
            written.Set(new ConversationKey("emulator", "c" + i), U, $"http://127.0.0.1:{i + 1}/");
        }

        // A conversation that moves to a serviceUrl past the limit is forgotten, so its next turn writes again.
        written.Set(new ConversationKey("emulator", "c0"), U, "http://127.0.0.1:9999/");
        Assert.Null(written.Get(new ConversationKey("emulator", "c0"), U));
        Assert.Equal("http://127.0.0.1:2/", written.Get(new ConversationKey("emulator", "c1"), U));
        Assert.Equal($"http://127.0.0.1:{WrittenReferences.MaxServiceUrls}/", written.Get(new ConversationKey("emulator", "c" + (WrittenReferences.MaxServiceUrls - 1)), U));
    }

    [Fact]
    public void Remembers_each_member_of_a_conversation_apart()
    {
        // Direct Line: the conversation's start writes its row under the token's user; a message with the client's own
        // id must find none remembered under that id, so its turn writes a row of its own.
        var written = new WrittenReferences(capacity: 100);
        var conversation = new ConversationKey("directline", "c1");
        written.Set(conversation, new MemberKey("directline", "dl_token_user"), "http://127.0.0.1:1/");

        Assert.Equal("http://127.0.0.1:1/", written.Get(conversation, new MemberKey("directline", "dl_token_user")));
        Assert.Null(written.Get(conversation, new MemberKey("directline", "member-7")));
    }
}
