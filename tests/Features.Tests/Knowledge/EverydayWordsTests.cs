using EngageBot.Core.Turns;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>Issue 17: each topic's everyday words (staff-editable beside the synonyms) hint at it, weaker than a synonym.</summary>
public sealed class EverydayWordsTests
{
    [Fact]
    public void An_everyday_word_finds_its_topic()
    {
        var index = new KnowledgeIndex([Entry("room", "母婴室在哪", everyday: ["背奶包"]), Entry("check", "体检预约")]);

        var found = index.Search("背奶包放哪", 5);

        Assert.Equal("room", found[0].Entry.Id);
    }

    [Fact]
    public void An_everyday_word_weighs_less_than_the_same_word_as_a_synonym()
    {
        var index = new KnowledgeIndex([
            Entry("hint", "工会活动室开放时间", everyday: ["乒乓球"]),
            Entry("name", "职工之家开放时间", synonyms: ["乒乓球"]),
        ]);

        var found = index.Search("乒乓球", 5);

        Assert.Equal("name", found[0].Entry.Id);
        Assert.True(found[1].Score < found[0].Score);
    }

    [Fact]
    public void An_everyday_word_in_a_longer_message_is_no_evidence_of_the_topic_but_one_that_is_the_message_is()
    {
        var index = new KnowledgeIndex([Entry("mind", "心理咨询", everyday: ["睡不着"])]);
        var settings = new RecognizerOptions();

        var inStory = Assert.Single(index.Search("楼上邻居天天半夜装修吵得我睡不着", 5));
        var alone = Assert.Single(index.Search("睡不着", 5));

        Assert.Equal(0, inStory.Evidence); // a hint: an ask-back resting on it alone is an honest fallback (AnswerPolicy.OnlyGeneric)
        Assert.True(inStory.Score < settings.ClarifyThreshold);
        Assert.Equal(3, alone.Evidence); // what the member asks about: staff entered it for this topic
        Assert.Same(alone, AnswerPolicy.Leader([alone], settings, outOfScope: false));
    }

    [Fact]
    public void Two_different_everyday_words_of_a_topic_in_a_story_are_evidence_of_it_one_found_twice_is_not()
    {
        var index = new KnowledgeIndex([Entry("mind", "心理咨询", everyday: ["想哭", "老想哭", "堵得慌"])]);

        var twoSigns = Assert.Single(index.Search("心里头堵得慌老想哭有没有人能说说", 5));
        var oneSign = Assert.Single(index.Search("这几天老想哭有没有人能说说", 5));

        Assert.True(twoSigns.Evidence > 0); // a situation told by two of its signs
        Assert.Equal(0, oneSign.Evidence); // 想哭 inside 老想哭 is one sign
    }

    [Fact]
    public void The_workplace_named_is_a_second_sign_as_the_union_is_unless_the_word_describes_a_thing()
    {
        var index = new KnowledgeIndex([Entry("pay", "被拖欠工资怎么办", everyday: ["一分钱没拿到", "便宜点"])]);

        var atWork = Assert.Single(index.Search("干了俩月一分钱没拿到 老板一直拖着", 5));
        var elsewhere = Assert.Single(index.Search("干了俩月一分钱没拿到 也不知道咋回事", 5));
        var described = index.Search("在厂里上班 想找便宜点的房子", 5);

        Assert.True(atWork.Evidence > 0); // the boss named: a worker telling the union what happened at work
        Assert.Equal(0, elsewhere.Evidence);
        Assert.All(described, c => Assert.Equal(0, c.Evidence)); // 便宜点 describes the flat, not the member's situation
    }

    [Fact]
    public void A_measure_word_between_a_doing_and_its_thing_does_not_hide_an_everyday_word()
    {
        var index = new KnowledgeIndex([Entry("career", "职业规划指导", everyday: ["换行业"]), Entry("check", "体检预约")]);

        var found = index.Search("想换个行业", 5);

        Assert.Equal("career", found[0].Entry.Id);
        Assert.True(found[0].Evidence > 0); // 换个行业 is 换行业, most of the message
    }

    [Fact]
    public void An_everyday_word_that_would_split_a_term_it_follows_is_no_segmenter_word()
    {
        var index = new KnowledgeIndex([Entry("lost", "会员服务卡挂失", synonyms: ["会员服务卡"], everyday: ["卡没了", "钱包丢了"])]);

        Assert.Contains("会员服务卡", index.Segmenter.Cut("会员服务卡没了"));
        Assert.Equal("lost", index.Search("会员服务卡没了怎么办", 5)[0].Entry.Id);
        Assert.Contains("钱包丢了", index.Segmenter.Cut("昨天钱包丢了"));
    }

    [Fact]
    public void The_shipped_topics_carry_a_seed_lexicon_of_everyday_words()
    {
        var entries = KnowledgeBase.FromShippedContent().Current.Entries;

        Assert.All(entries.Where(e => e.Kind == KnowledgeKind.Topic && e.Id != "union-office" && e.Id != "notices-howto" && e.Id != "activities"),
            e => Assert.NotEmpty(e.Everyday.Zh));
        Assert.Contains("休完产假", entries.Single(e => e.Id == "nursing-room").Everyday.Zh);
    }

    private static KnowledgeEntry Entry(string id, string question, string[]? everyday = null, string[]? synonyms = null) => new()
    {
        Id = id,
        Title = new Localized(question, id),
        Answer = new Localized(question, id),
        Questions = new LocalizedList([question], []),
        Synonyms = new LocalizedList(synonyms ?? [], []),
        Everyday = new LocalizedList(everyday ?? [], []),
    };
}
