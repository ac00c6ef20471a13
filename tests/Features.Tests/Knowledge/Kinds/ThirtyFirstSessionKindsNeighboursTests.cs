using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 31 (pairs41, neighbouring topics and the union's own thing asked plainly): a union term typed in pinyin alone,
/// without choosing its characters (huzhu baozhang, xinli zixun), reaches its topic as the characters would, while English,
/// short words and the Latin names of other owners (didi, pingan, shebao) stay as written; and the union named as the
/// owner of a kind of thing it has under its own name, or pointing at it (工会的医疗保险, 工会那个医疗保险: 工会保险) asks about the union's mutual aid, while
/// an employer's or an insurer's medical insurance, or a thing the union has no such word for (工会的股票), still falls
/// back. Sentences written for this test, not taken from an eval file.
/// </summary>
public sealed class ThirtyFirstSessionKindsNeighboursTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("huzhu baozhang guan naxie", "faq:mutual-aid")]
    [InlineData("我想问问huzhu baozhang", "faq:mutual-aid")]
    [InlineData("what is huzhu baozhang", "faq:mutual-aid")]
    [InlineData("xinli zixun shoufei ma", "faq:counselling")]
    [InlineData("laodong zhongcai shixiao", "faq:arbitration")]
    [InlineData("zhigong zhijia zai nar", "faq:workers-home")]
    public void A_term_typed_in_pinyin_alone_reaches_its_topic(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("didi driver rating too low")]
    [InlineData("pingan insurance premium went up")]
    [InlineData("shebao transfer to another city")]
    public void English_and_other_owners_latin_names_stay_as_written(string text) =>
        Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("咱们工会的医疗保险都管哪些")]
    [InlineData("工会那个医疗保险能赔多少")]
    [InlineData("工会的意外保险都保啥")]
    public void The_unions_own_insurance_is_its_mutual_aid(string text) =>
        Assert.StartsWith("faq:mutual-aid", Recognizer.Recognize(text).Label, StringComparison.Ordinal);

    [Theory]
    [InlineData("公司给买的医疗保险怎么报销")]
    [InlineData("保险公司的医疗保险保什么")]
    [InlineData("工会的股票在哪买")]
    [InlineData("工会的车险多少钱一年")]
    public void Someone_elses_insurance_or_a_thing_the_union_has_no_word_for_falls_back(string text) =>
        Assert.Equal("none", Recognizer.Recognize(text).Label);
}
