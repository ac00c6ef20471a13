using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 28 (oos36, out-of-scope-16): a real word that sounds like a union term is the member's word, not a slip. A
/// term's sound-alike that sits in the middle of a longer word the dictionary knows (气公 inside 燃气公司) is left as
/// written, so the gas company is never read as 气功; a slip written on its own is still corrected. Sentences written
/// for this test, not taken from an eval file.
/// </summary>
public sealed class TwentyEighthSessionKindsSoundAlikeTests
{
    private static readonly KnowledgeIndex Index = KnowledgeBase.FromShippedContent().Current.Index;
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("燃气公司上门查表要给钱吗")]
    [InlineData("我们楼的燃气公司换了 换成哪家了")]
    [InlineData("燃气公司说我家管道老化要换")]
    [InlineData("燃气公司几点下班")]
    public void A_longer_known_word_is_read_as_written(string text)
    {
        Assert.Equal(TextNormalizer.Normalize(text), Index.Read(text));
        Assert.Equal("none", Recognizer.Recognize(text).Label);
    }

    [Theory]
    [InlineData("太及拳班周几上课", "club:club-taichi")]
    [InlineData("会员服物卡能干啥", "faq:member-card")]
    public void A_slip_on_its_own_is_still_corrected(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);
}
