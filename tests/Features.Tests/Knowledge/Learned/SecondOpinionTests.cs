using EngageBot.Features.Knowledge;
using EngageBot.Features.Knowledge.Learned;

namespace EngageBot.Features.Tests.Knowledge.Learned;

/// <summary>
/// The learned second opinion on its own: a phrasing staff teach is read as they labelled it, what no example says
/// anything about stays under the bar, an out-of-scope example keeps its like out, and a command is never an answer.
/// The phrasing is made of words no entry or shipped example has, so only the taught line can decide it.
/// </summary>
public sealed class SecondOpinionTests
{
    private const string Unheard = "咕噜噜叽哩哩";

    private static readonly IReadOnlyList<KnowledgeEntry> Entries = KnowledgeLoader.LoadShipped();

    [Fact]
    public void A_taught_phrasing_names_its_entry()
    {
        var snapshot = KnowledgeSnapshot.Create(Entries, [.. ShippedExamples.All, new LearnedExample(Unheard, ExampleKind.Entry, "singles")]);

        Assert.Equal("singles", snapshot.Learned.SureEntry(snapshot.Index.Read(Unheard))?.Id);
        Assert.False(snapshot.Learned.SureOutOfScope(snapshot.Index.Read(Unheard)));
    }

    [Fact]
    public void Without_an_example_the_model_is_not_sure()
    {
        var snapshot = KnowledgeSnapshot.Create(Entries);

        Assert.Null(snapshot.Learned.SureEntry(snapshot.Index.Read(Unheard)));
        Assert.False(snapshot.Learned.SureOutOfScope(snapshot.Index.Read(Unheard)));
    }

    [Fact]
    public void An_out_of_scope_example_keeps_its_like_out()
    {
        var snapshot = KnowledgeSnapshot.Create(Entries, [new LearnedExample(Unheard, ExampleKind.OutOfScope)]);

        Assert.True(snapshot.Learned.SureOutOfScope(snapshot.Index.Read(Unheard + "吗")));
        Assert.Null(snapshot.Learned.SureEntry(snapshot.Index.Read(Unheard)));
    }

    [Fact]
    public void A_command_example_is_never_an_answer()
    {
        var snapshot = KnowledgeSnapshot.Create(Entries, [new LearnedExample(Unheard, ExampleKind.Command)]);

        Assert.Null(snapshot.Learned.SureEntry(snapshot.Index.Read(Unheard)));
        Assert.False(snapshot.Learned.SureOutOfScope(snapshot.Index.Read(Unheard)));
    }

    [Fact]
    public void An_example_for_an_entry_no_longer_there_is_skipped()
    {
        var snapshot = KnowledgeSnapshot.Create(Entries, [new LearnedExample(Unheard, ExampleKind.Entry, "no-such-entry")]);

        Assert.Null(snapshot.Learned.SureEntry(snapshot.Index.Read(Unheard)));
    }

    [Theory]
    [InlineData("# a comment")]
    [InlineData("")]
    [InlineData("no label")]
    public void Comments_and_lines_without_a_label_are_not_examples(string line) => Assert.Null(LearnedExample.Parse(line));

    [Fact]
    public void The_shipped_examples_label_entries_that_exist()
    {
        var ids = Entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        Assert.True(ShippedExamples.All.Count > 3000);
        Assert.All(ShippedExamples.All.Where(e => e.Kind == ExampleKind.Entry), e => Assert.Contains(e.EntryId!, ids));
    }
}
