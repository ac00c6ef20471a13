using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 30 (choice40, a side word decides): 补贴 is the study subsidy's word, but asked at a life event (falling ill,
/// a wedding) with nothing of study named it is the event's gift, which the benefits answer lists; a course or a
/// certificate named beside it keeps the study subsidy. And a story's asked part that sets the union's insurance against
/// one's own ("和我自己买的保险冲突吗") asks about the union's, not about the other policy. Sentences written for this
/// test, not taken from an eval file.
/// </summary>
public sealed class ThirtiethSessionKindsSideWordTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("职工生病了有补贴吗")]
    [InlineData("我下个月结婚 工会发补贴不")]
    public void A_subsidy_at_a_life_event_is_the_events_gift(string text) =>
        Assert.Equal("faq:benefits", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("快退休了还想考个电工证 工会给补贴吗")]
    [InlineData("生完孩子在家想报个会计培训班 有补贴没")]
    public void A_course_named_beside_the_subsidy_keeps_the_study_subsidy(string text) =>
        Assert.Equal("faq:skills-training", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("工会给我们单位上了职工互助保障，住院能报一些，我想了解下它管多久，和我自己买的医疗险冲不冲突")]
    public void The_unions_insurance_set_against_ones_own_stays_the_unions(string text) =>
        Assert.StartsWith("faq:mutual-aid", Recognizer.Recognize(text).Label, StringComparison.Ordinal);

    [Theory]
    [InlineData("我在保险公司买了份医疗险，上个月住院花了八千，想问问跟我老婆的那份商业险冲不冲突，能一起报吗")]
    [InlineData("结婚证丢了要去哪里补办")]
    public void Someone_elses_insurance_or_paper_still_falls_back(string text) =>
        Assert.Equal("none", Recognizer.Recognize(text).Label);
}
