using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 28 (coordinator, found at the merge): a voucher or coupon handed out by another owner (a bank, a shop, a
/// delivery app) is that owner's offer, not the union's benefits; the union's own vouchers keep their answer. Sentences
/// written for this test, not taken from an eval file.
/// </summary>
public sealed class TwentyEighthSessionKindsVoucherTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("招商银行送的优惠券在哪领")]
    [InlineData("农业银行送的福利券怎么兑换")]
    [InlineData("移动公司发的福利券在哪用")]
    [InlineData("支付宝里的福利券有啥用")]
    [InlineData("超市发了福利券 能买烟吗")]
    [InlineData("美团的代金券过期了还能用吗")]
    [InlineData("超市给的消费券怎么用")]
    [InlineData("建设银行app上的福利券能转给别人吗")]
    [InlineData("my bank gave me a coupon, how do i use it")]
    [InlineData("the supermarket voucher expired, can i still use it")]
    public void Another_owners_voucher_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("工会发的福利券怎么用")]
    [InlineData("工会的节日福利券在哪领")]
    public void The_unions_voucher_stays_benefits(string text) => Assert.Equal("faq:benefits", Recognizer.Recognize(text).Label);
}
