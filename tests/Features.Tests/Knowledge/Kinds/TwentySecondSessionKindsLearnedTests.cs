using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// The kind the learned second opinion (Knowledge/Learned) mends, in sentences of its own (not evaluation lines): a
/// pastime's trouble in someone else's life (广场舞 too loud, a mother's knees) is no question for the union's club, though
/// the rules answer the club on its word. Members' labelled out-of-scope phrasings outvote the word; the same pastime
/// asked of the union keeps the club's answer. Each line is read twice: with a model trained on the knowledge base's
/// own phrasings only (no member examples), which answers the club as the rules do, and by the shipped recognizer.
/// </summary>
/// <remarks>Of about 100 fresh sentences written for this session (out-of-scope ones with topic words, in-scope ones in
/// everyday words), the model changed these three only: it is sure mostly of what its examples say almost alike.</remarks>
public sealed class TwentySecondSessionKindsLearnedTests
{
    private static readonly IntentRecognizer Shipped = Recognizers.Shipped();

    private static readonly IntentRecognizer WithoutExamples = Recognizers.Over(KnowledgeSnapshot.Create(KnowledgeLoader.LoadShipped(), []));

    [Theory]
    [InlineData("广场舞音乐太响了物业不管怎么办")]
    // 我妈天天去跳广场舞膝盖疼咋办 left in session 27: a pastime's ache is now PastimeTechnique's rule, without the model
    [InlineData("小区广场舞大妈太吵了晚上睡不着找谁投诉")]
    public void A_pastimes_trouble_in_someone_elses_life_gets_an_honest_fallback(string text)
    {
        Assert.Equal("club:club-dance", WithoutExamples.Recognize(text).Label);
        Assert.Equal("none", Shipped.Recognize(text).Label);
    }

    [Theory]
    [InlineData("工会有广场舞队吗")]
    [InlineData("我想跳广场舞工会有组织吗")]
    [InlineData("下了班想跟工友一起跳广场舞")]
    [InlineData("广场舞那种工会有没有")]
    public void The_same_pastime_asked_of_the_union_keeps_the_club(string text) => Assert.Equal("club:club-dance", Shipped.Recognize(text).Label);
}
