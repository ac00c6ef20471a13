using EngageBot.Core.Turns;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// A message searches the same text several times over, so the index keeps its last searches per thread: the same
/// text, take and index give the same ranking once made, and another index (knowledge replaced) searches afresh.
/// </summary>
public sealed class RecentSearchesTests
{
    private static KnowledgeEntry Entry(string id, string question) => new()
    {
        Id = id,
        Title = new Localized("标题" + id, "Title " + id),
        Answer = new Localized("答案" + id, "Answer " + id),
        Questions = new LocalizedList([question], ["question about " + id]),
    };

    [Fact]
    public void The_same_search_again_is_the_kept_ranking_and_another_take_its_own()
    {
        var index = KnowledgeBase.FromShippedContent().Current.Index;
        var text = TextNormalizer.Normalize("工会会员有什么福利");

        var first = index.Search(text, 5);
        var again = index.Search(text, 5);
        var one = index.Search(text, 1);

        Assert.NotEmpty(first);
        Assert.Same(first, again);
        Assert.Equal(first.Take(1).Select(e => e.Entry.Id), one.Select(e => e.Entry.Id));
        Assert.Single(one);
    }

    [Fact]
    public void Knowledge_replaced_is_searched_afresh_for_a_text_searched_before()
    {
        var knowledge = KnowledgeBase.FromShippedContent();
        var text = TextNormalizer.Normalize("停车证怎么办");
        knowledge.Replace([Entry("parking", "单位停车场怎么办停车证")]);
        Assert.Equal("parking", Assert.Single(knowledge.Current.Index.Search(text, 3)).Entry.Id);

        knowledge.Replace([Entry("permits", "停车证在哪里办"), Entry("canteen", "食堂几点开门")]);

        Assert.Equal("permits", knowledge.Current.Index.Search(text, 3)[0].Entry.Id);
    }
}
