using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 29 (coordinator, from the shipped legal-aid question 不给交社保怎么维权, which fell back): social insurance or
/// the housing fund that someone "does not give" (不给交, 没给上) is the employer's failure, a rights matter for the
/// union's legal aid, though the employer goes unnamed; the offices' own matters in the same words still fall back.
/// Sentences written for this test, not taken from an eval file.
/// </summary>
public sealed class TwentyNinthSessionKindsRefusedTests
{
    private static readonly IntentRecognizer Shipped = Recognizers.Shipped();

    [Theory]
    [InlineData("一直不给缴社保 咋办")]
    [InlineData("半年了还没给上社保 能找谁")]
    [InlineData("不给交社保我能要求赔偿吗")]
    public void Insurance_someone_does_not_pay_for_a_worker_is_legal_aid(string text) =>
        Assert.Equal("faq:legal-aid", Shipped.Recognize(text).Label);

    [Theory]
    [InlineData("社保断缴了三个月怎么补")]
    [InlineData("灵活就业自己交社保一个月多少钱")]
    [InlineData("社保卡怎么激活")]
    public void The_offices_own_matters_still_fall_back(string text) => Assert.Equal("none", Shipped.Recognize(text).Label);
}
