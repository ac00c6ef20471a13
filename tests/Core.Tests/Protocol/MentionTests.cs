using EngageBot.Bot;
using EngageBot.Core.Protocol;
using EngageBot.Features.Dialogs;

namespace EngageBot.Core.Tests.Protocol;

public sealed class MentionTests
{
    private static Activity Message(string text, params Entity[] entities) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Entities = entities,
    };

    [Fact]
    public void The_bots_mention_entity_is_stripped_so_a_prompt_answer_parses()
    {
        var activity = Message("@小助手 1", new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "bot", Name = "小助手" }, Text = "@小助手" });

        Assert.True(activity.Mentions("bot", "小助手"));
        Assert.Equal("1", activity.TextWithoutMention("bot", "小助手"));
    }

    [Fact]
    public void A_plain_at_name_in_text_counts_as_a_mention()
    {
        var activity = Message("周六的瑜伽还有位置吗 @小助手");

        Assert.True(activity.Mentions("bot", "小助手"));
        Assert.Equal("周六的瑜伽还有位置吗", activity.TextWithoutMention("bot", "小助手"));
    }

    [Fact]
    public void Teams_style_at_tags_are_stripped_by_the_entity_text()
    {
        var activity = Message("<at>EngageBot</at> help", new Entity { Type = "Mention", Mentioned = new ChannelAccount { Id = "28:bot" }, Text = "<at>EngageBot</at>" });

        Assert.Equal("help", activity.TextWithoutMention("28:bot", null));
    }

    [Fact]
    public void Other_members_mentions_are_left_alone()
    {
        var activity = Message("@李雷 一起去吗", new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "u2", Name = "李雷" }, Text = "@李雷" });

        Assert.False(activity.Mentions("bot", "小助手"));
        Assert.Equal("@李雷 一起去吗", activity.TextWithoutMention("bot", "小助手"));
    }
}
