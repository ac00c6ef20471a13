using EngageBot.Core.Protocol;
using EngageBot.Core.State;

namespace EngageBot.Core.Tests.State;

public sealed class KeyTests
{
    [Theory]
    [InlineData("emulator/user-1", "emulator", "user-1")]
    [InlineData("engagebot/dl_A001", "engagebot", "dl_A001")]
    [InlineData("msteams/29:1a/b/c", "msteams", "29:1a/b/c")] // the first '/' splits: ids may hold more
    public void A_member_key_parses_and_formats_back_to_the_same_text(string text, string channelId, string userId)
    {
        var key = MemberKey.Parse(text);

        Assert.Equal((channelId, userId), (key.ChannelId, key.UserId));
        Assert.Equal(text, key.Format());
        Assert.Equal(text, key.ToString());
        Assert.Equal(key, MemberKey.Parse(key.Format()));
    }

    [Theory]
    [InlineData("webchat/abc|0000001", "webchat", "abc|0000001")]
    [InlineData("engagebot/m_0123456789abcdef", "engagebot", "m_0123456789abcdef")]
    [InlineData("directline/Ab12-us/x", "directline", "Ab12-us/x")]
    public void A_conversation_key_parses_and_formats_back_to_the_same_text(string text, string channelId, string conversationId)
    {
        var key = ConversationKey.Parse(text);

        Assert.Equal((channelId, conversationId), (key.ChannelId, key.ConversationId));
        Assert.Equal(text, key.ToString());
        Assert.True(ConversationKey.TryParse(text, out var again));
        Assert.Equal(key, again);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-slash")]
    [InlineData("/user")]
    [InlineData("channel/")]
    [InlineData(" /user")]
    public void Bad_text_is_no_key(string? text)
    {
        Assert.False(MemberKey.TryParse(text, out var member));
        Assert.Equal(default, member);
        Assert.False(ConversationKey.TryParse(text, out _));
        Assert.Throws<FormatException>(() => MemberKey.Parse(text!));
        Assert.Throws<FormatException>(() => ConversationKey.Parse(text!));
    }

    [Theory]
    [InlineData("", "u")]
    [InlineData("a/b", "u")]
    [InlineData("emulator", "")]
    public void A_key_cannot_be_built_from_parts_that_would_not_parse_back(string channelId, string id)
    {
        Assert.Throws<ArgumentException>(() => new MemberKey(channelId, id));
        Assert.Throws<ArgumentException>(() => new ConversationKey(channelId, id));
    }

    [Fact]
    public void Keys_of_an_activity_are_its_channel_with_its_sender_and_its_conversation()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "emulator",
            From = new ChannelAccount { Id = "u1" },
            Conversation = new ConversationAccount { Id = "c1" },
        };

        Assert.Equal("emulator/u1", MemberKey.ForSender(activity).Format());
        Assert.Equal("emulator/c1", ConversationKey.For(activity).Format());
        Assert.Equal("conversation/emulator/c1", StateKeys.Conversation(ConversationKey.For(activity)));
        Assert.Equal("user/emulator/u1", StateKeys.User(MemberKey.ForSender(activity)));
        Assert.Equal("emulator/c1/a1", StateKeys.Activity(ConversationKey.For(activity), "a1"));
    }
}
