using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// A count of months before pay held back ("欠我两个月工资"): the segmenter cut 两个/月工资, so 工资 was never a word and
/// the message fell back with no candidate (found by oos30 on out-of-scope-10's tuned half, session 27). The count is
/// closed apart from the pay only when the pay is told as held back; months of pay paid out or taxed stay someone
/// else's matter. Sentences written fresh.
/// </summary>
public sealed class TwentySeventhSessionKindsMonthsPayTests
{
    private static readonly Features.Knowledge.IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("老板欠我两个月工资")]
    [InlineData("拖了三个月工资了")]
    [InlineData("欠着我们六个月工资，工会能出面吗")]
    [InlineData("已经拖了两个月工资 咋整")]
    public void Months_of_pay_held_back_are_unpaid_wages(string text) =>
        Assert.Equal("faq:wage-arrears", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("公司裁员赔了我三个月工资，这笔钱要交个税吗")]
    [InlineData("试用期六个月工资打八折合法吗")]
    public void Months_of_pay_paid_or_taxed_are_not_unpaid_wages(string text) =>
        Assert.NotEqual("faq:wage-arrears", Recognizer.Recognize(text).Label);
}
