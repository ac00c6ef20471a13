using EngageBot.Core.Turns;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>Meaning beyond listed words (issue 17): 词林 classes and the answers' own words find a topic.</summary>
public sealed class MeaningTests
{
    [Theory]
    [InlineData("薪水", "工资")]
    [InlineData("下岗", "失业")]
    [InlineData("焦虑", "抑郁")]
    public void Words_of_one_class_share_a_meaning_feature(string everyday, string term) =>
        Assert.NotEmpty(MeaningClasses.Of(everyday).Intersect(MeaningClasses.Of(term)));

    [Fact]
    public void A_word_outside_the_list_has_no_class() => Assert.Empty(MeaningClasses.Of("互助保障"));

    [Fact]
    public void An_everyday_word_finds_the_topic_through_its_class()
    {
        var index = new KnowledgeIndex([Entry("pay", "工资", "找工会维权。"), Entry("check", "体检预约", "每年一次。")]);

        var found = index.Search("薪水", 5);

        Assert.Equal("pay", Assert.Single(found).Entry.Id); // 薪水 shares no character with 工资: only the class links them (one word, as other tests teach jieba longer ones)
    }

    [Fact]
    public void A_situation_described_in_the_answers_words_finds_that_answer()
    {
        var index = new KnowledgeIndex([
            Entry("room", "母婴室在哪", "哺乳期女职工可以在这里挤奶、冷藏母乳。"),
            Entry("check", "体检预约", "每年一次健康检查，带上身份证。"),
        ]);

        var found = index.Search("哺乳期", 5);

        Assert.Equal("room", found[0].Entry.Id);
        Assert.DoesNotContain(found, f => f.Entry.Id == "check");
    }

    private static KnowledgeEntry Entry(string id, string question, string answer) => new()
    {
        Id = id,
        Title = new Localized(question, id),
        Answer = new Localized(answer, id),
        Questions = new LocalizedList([question], []),
    };
}
