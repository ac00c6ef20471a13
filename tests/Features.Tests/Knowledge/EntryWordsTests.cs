using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>An entry's own words, normalized once: the same words in the same order as normalizing each on every call.</summary>
public sealed class EntryWordsTests
{
    [Fact]
    public void Every_shipped_entry_keeps_its_words_normalized_in_order()
    {
        foreach (var entry in KnowledgeBase.FromShippedContent().Current.Entries)
        {
            var words = EntryWords.Of(entry);

            Assert.Equal(entry.Synonyms.All.Select(TextNormalizer.Normalize), words.Synonyms);
            Assert.Equal(entry.Synonyms.Zh.Concat(entry.Everyday.Zh).Select(TextNormalizer.Normalize), words.OwnZh);
            Assert.Equal(entry.Synonyms.All.Concat(entry.Everyday.All).Select(TextNormalizer.Normalize), words.Own);
            // The out-of-scope checks take them as they are, without normalizing again: each is its own normal form.
            Assert.All(words.Own, word => Assert.Equal(word, TextNormalizer.Normalize(word)));
        }
    }

    [Fact]
    public void An_entry_is_normalized_once_and_an_edited_one_afresh()
    {
        var entry = new KnowledgeEntry
        {
            Id = "dance",
            Kind = KnowledgeKind.Club,
            Title = new("舞蹈", "Dance"),
            Answer = new("", ""),
            Synonyms = new(["舞蹈", "广场舞！"], ["ＤＡＮＣＥ  Club"]),
        };
        var edited = entry with { Synonyms = new(["跳舞"], []) };

        Assert.Same(EntryWords.Of(entry), EntryWords.Of(entry));
        Assert.Equal(["舞蹈", "广场舞", "dance club"], EntryWords.Of(entry).Own);
        Assert.Equal(["跳舞"], EntryWords.Of(edited).Own);
    }
}
