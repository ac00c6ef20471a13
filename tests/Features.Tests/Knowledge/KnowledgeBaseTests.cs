using EngageBot.Bot;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>Reloading knowledge (as staff editing will): valid content is swapped in, invalid content changes nothing.</summary>
public sealed class KnowledgeBaseTests
{
    private static KnowledgeEntry Entry(string id, string question, params string[] related) => new()
    {
        Id = id,
        Title = new Localized("标题" + id, "Title " + id),
        Answer = new Localized("答案" + id, "Answer " + id),
        Questions = new LocalizedList([question], ["question about " + id]),
        Related = related,
    };

    [Fact]
    public void Replacing_the_entries_changes_what_is_found()
    {
        var knowledge = KnowledgeBase.FromShippedContent();

        knowledge.Replace([Entry("parking", "单位停车场怎么办停车证")]);

        var found = knowledge.Current.Index.Search(TextNormalizer.Normalize("停车证怎么办"), 3);
        Assert.Equal("parking", found[0].Entry.Id);
        Assert.Null(knowledge.Current.Find("mutual-aid"));
    }

    [Fact]
    public void Invalid_entries_are_refused_and_the_old_ones_kept()
    {
        var knowledge = KnowledgeBase.FromShippedContent();
        var before = knowledge.Current;

        var missingEnglish = Entry("a", "问题") with { Answer = new Localized("答案", " ") };
        var error = Assert.Throws<InvalidDataException>(() => knowledge.Replace([missingEnglish, Entry("a", "另一个"), Entry("b", "问题", "nowhere")]));

        Assert.Contains("a: answer needs both zh and en", error.Message, StringComparison.Ordinal);
        Assert.Contains("a: the id is used twice", error.Message, StringComparison.Ordinal);
        Assert.Contains("b: related entry 'nowhere' does not exist", error.Message, StringComparison.Ordinal);
        Assert.Same(before, knowledge.Current);
    }

    [Fact]
    public void A_content_file_that_is_not_json_is_reported_with_its_name()
    {
        using var stream = new MemoryStream("{ entries: oops"u8.ToArray());
        var error = Assert.Throws<InvalidDataException>(() => KnowledgeLoader.Parse(stream, "broken.json"));
        Assert.StartsWith("broken.json:", error.Message, StringComparison.Ordinal);
    }
}
