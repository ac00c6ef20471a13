using EngageBot.Features.Knowledge;
using EngageBot.Features.Knowledge.Learned;

namespace EngageBot.Features.Tests.Knowledge.Learned;

/// <summary>
/// "Not the union's matter" taught by staff: one example among the shipped thousands need not make the model sure of
/// its own words (where other examples give them an entry), so staff's very words are taken at their word; the same
/// words shipped (not taught) are left to the model, and the snapshot keeps its index when only the examples change.
/// </summary>
public sealed class TaughtOutOfScopeTests
{
    // Asked back about today (swimming pool, union): a question no topic answers.
    private const string Asked = "what time does the swimming pool near the union close";

    // Answered today, as many examples say: one more example calling the same words out of scope is weighed against them.
    private const string Answered = "会员卡怎么挂失";

    private static readonly KnowledgeSnapshot Shipped = KnowledgeSnapshot.Create(KnowledgeLoader.LoadShipped());

    [Fact]
    public void Staff_taught_words_are_out_of_scope_and_an_ask_back_on_them_becomes_the_honest_fallback()
    {
        var taught = Shipped.WithExamples([.. ShippedExamples.All, new LearnedExample(Asked, ExampleKind.OutOfScope) { Taught = true }]);

        Assert.Equal(Intent.Clarify, Recognizers.Over(Shipped).Recognize(Asked).Intent);
        Assert.True(taught.Learned.SureOutOfScope(taught.Index.Read(Asked)));
        var reading = Recognizers.Over(taught).Recognize(Asked);
        Assert.Equal(Intent.None, reading.Intent);
        Assert.True(reading.OffTopic);
        Assert.Same(Shipped.Index, taught.Index);
    }

    [Fact]
    public void The_same_words_shipped_are_left_to_the_model()
    {
        var shipped = Shipped.WithExamples([.. ShippedExamples.All, new LearnedExample(Answered, ExampleKind.OutOfScope)]);
        var taught = Shipped.WithExamples([.. ShippedExamples.All, new LearnedExample(Answered, ExampleKind.OutOfScope) { Taught = true }]);

        Assert.False(shipped.Learned.SureOutOfScope(shipped.Index.Read(Answered)));
        Assert.True(taught.Learned.SureOutOfScope(taught.Index.Read(Answered)));
    }
}
