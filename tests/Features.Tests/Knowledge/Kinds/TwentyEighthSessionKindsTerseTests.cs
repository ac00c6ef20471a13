using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 28 (oos35, terse phone messages): a live-stream seller's 福利 and goods and gear asked where to buy
/// in two or three characters (哪买, 哪有卖) are someone else's matter, however short the message; the union's own
/// benefits and clubs keep their answers. Sentences written for this test, not taken from an
/// eval file.
/// </summary>
public sealed class TwentyEighthSessionKindsTerseTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("直播间的福利靠谱吗")]
    [InlineData("粉丝福利咋领")]
    [InlineData("带货的保险靠谱不")]
    [InlineData("直播间优惠多少")]
    [InlineData("livestream deal legit?")]
    public void A_live_stream_sellers_offer_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("球拍哪买")]
    [InlineData("瑜伽垫哪有卖")]
    [InlineData("毛笔哪卖")]
    [InlineData("三脚架哪买便宜")]
    public void Gear_asked_where_to_buy_in_a_hurry_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("幼升小要交哪些材料")]
    [InlineData("小升初啥材料")]
    [InlineData("幼升小报名材料")]
    public void A_childs_move_up_a_school_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("工会福利咋领", "faq:benefits")]
    [InlineData("太极俱乐部在哪", "club:club-taichi")]
    public void The_unions_own_keep_their_answer(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);
}
